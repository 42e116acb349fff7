import { z } from 'zod';
import { entity, Id, Name, Text } from './common';

export const LANE_TYPES = [
  'customerActions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'momentsOfTruth',
  'frontstage',
  'backstage',
  'supportProcesses',
  'metrics',
  'physicalEvidence',
  'custom',
] as const;
export const LaneType = z.enum(LANE_TYPES);

export const CHANNELS = [
  'web',
  'app',
  'email',
  'sms',
  'push',
  'inApp',
  'social',
  'store',
  'callCentre',
  'directMail',
  'chat',
  'other',
] as const;
export const Channel = z.enum(CHANNELS);

export const Stage = z.looseObject({ id: Id, name: Text(200), width: z.number().min(40).max(4000) });
export const Lane = z.looseObject({
  id: Id,
  name: Text(200),
  type: LaneType,
  height: z.number().min(20).max(4000),
});
export const Card = z.looseObject({
  id: Id,
  stageId: Id,
  laneId: Id,
  text: Text(5000),
  channel: Channel.optional(),
  ownerId: Id.optional(),
  momentOfTruth: z.boolean().optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  /** DIRTT: the thesis this card serves and the thesis metrics it measures or moves. */
  thesisId: Id.optional(),
  metricIds: z.array(Id).optional(),
});
export const Connector = z.looseObject({ id: Id, from: Id, to: Id, label: Text(200).optional() });
export type Stage = z.infer<typeof Stage>;
export type Lane = z.infer<typeof Lane>;
export type Card = z.infer<typeof Card>;
export type Connector = z.infer<typeof Connector>;

export const Journey = z.looseObject({
  ...entity,
  name: Name,
  personaId: Id.optional(),
  thesisId: Id.optional(),
  metricIds: z.array(Id).optional(),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  cards: z.array(Card),
  connectors: z.array(Connector),
});
export type Journey = z.infer<typeof Journey>;

