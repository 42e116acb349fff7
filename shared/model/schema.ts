import { z } from 'zod';
import { ID_PATTERN } from './ids';

/**
 * The workspace model. Every object is a `looseObject`: fields this version does not know (written
 * by a newer minor build or another tool) are kept on load and written back on save.
 */
export const Id = z.string().regex(ID_PATTERN, 'must be letters and digits only');
export const Timestamp = z.iso.datetime({ offset: true });
const Text = (max: number) => z.string().max(max);
const Name = z.string().trim().min(1, 'must not be empty').max(200);

const entity = { id: Id, createdAt: Timestamp, updatedAt: Timestamp };

export const TEAM_FUNCTIONS = [
  'ux',
  'customerService',
  'pmo',
  'digitalMarketing',
  'sales',
  'it',
  'product',
  'other',
] as const;
export const TeamFunction = z.enum(TEAM_FUNCTIONS);
export type TeamFunction = z.infer<typeof TeamFunction>;

export const Member = z.looseObject({ ...entity, name: Name, function: TeamFunction });
export type Member = z.infer<typeof Member>;

export const Persona = z.looseObject({
  ...entity,
  name: Name,
  role: Text(200).optional(),
  quote: Text(2000).optional(),
});
export type Persona = z.infer<typeof Persona>;

export const Thesis = z.looseObject({
  ...entity,
  title: Name,
  personaIds: z.array(Id),
  statement: Text(5000),
});
export type Thesis = z.infer<typeof Thesis>;

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
  stages: z.array(Stage),
  lanes: z.array(Lane),
  cards: z.array(Card),
  connectors: z.array(Connector),
});
export type Journey = z.infer<typeof Journey>;

export const Segment = z.looseObject({
  ...entity,
  name: Name,
  description: Text(5000).optional(),
  rules: z.array(Text(1000)),
});
export type Segment = z.infer<typeof Segment>;

export const Workspace = z.looseObject({
  ...entity,
  name: Name,
  description: Text(5000).optional(),
  members: z.array(Member),
  personas: z.array(Persona),
  theses: z.array(Thesis),
  journeys: z.array(Journey),
  segments: z.array(Segment),
});
export type Workspace = z.infer<typeof Workspace>;
