import { z } from 'zod';
import { entity, Name } from './common';

export const TEAM_FUNCTIONS = [
  'ux',
  'customerService',
  'pmo',
  'digitalMarketing',
  'sales',
  'it',
  'product',
  /** Executives who review and approve (the CMO). */
  'leadership',
  'other',
] as const;
export const TeamFunction = z.enum(TEAM_FUNCTIONS);
export type TeamFunction = z.infer<typeof TeamFunction>;

export const Member = z.looseObject({ ...entity, name: Name, function: TeamFunction });
export type Member = z.infer<typeof Member>;

