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
export type LaneType = z.infer<typeof LaneType>;

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
export type Channel = z.infer<typeof Channel>;

/**
 * What a card is. The first group describes the map (NN/g anatomy, service blueprint); the second
 * marks cards that become orchestration steps on export (trigger, message, wait, decision, goal, exit).
 */
export const CARD_TYPES = [
  'note',
  'action',
  'touchpoint',
  'thought',
  'painPoint',
  'opportunity',
  'process',
  'evidence',
  'metric',
  'question',
  'trigger',
  'message',
  'wait',
  'decision',
  'goal',
  'exit',
] as const;
export const CardType = z.enum(CARD_TYPES);
export type CardType = z.infer<typeof CardType>;

/** Kitewheel's five orchestration use cases. */
export const USE_CASES = [
  'leadCapture',
  'personalisedSales',
  'journeyDiscovery',
  'serviceEfficiency',
  'engagementRetention',
] as const;
export const UseCase = z.enum(USE_CASES);
export type UseCase = z.infer<typeof UseCase>;

/** Emotion scores run from −2 (very negative) to +2 (very positive). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
/** Expected and actual experience scores of a card: 1 (poor) … 5 (excellent). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** One point of an emotion curve: the score at one step (stage). */
export const EmotionPoint = z.looseObject({ stageId: Id, value: z.number().min(EMOTION_MIN).max(EMOTION_MAX) });
export type EmotionPoint = z.infer<typeof EmotionPoint>;

export const Stage = z.looseObject({ id: Id, name: Text(200), width: z.number().min(40).max(4000) });
export const Lane = z.looseObject({
  id: Id,
  name: Text(200),
  type: LaneType,
  /** The lane's minimum height; it grows to fit its cards. */
  height: z.number().min(20).max(4000),
  /** Emotion lanes: the as-is curve, one point per stage that has a score. */
  asIs: z.array(EmotionPoint).optional(),
  /** Emotion lanes: the optional to-be (target) curve; absent when not shown. */
  toBe: z.array(EmotionPoint).optional(),
});
const Score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);
export const Card = z.looseObject({
  id: Id,
  stageId: Id,
  laneId: Id,
  text: Text(5000),
  type: CardType.optional(),
  channel: Channel.optional(),
  ownerId: Id.optional(),
  momentOfTruth: z.boolean().optional(),
  /** What the customer expects at this point and what they actually experience (1…5). */
  expected: Score.optional(),
  actual: Score.optional(),
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

/**
 * A journey map: stages (columns) × lanes (rows); cards sit in cells and keep the order of `cards`
 * within a cell. Every field added after format version 1 is optional, so older files stay valid.
 */
export const Journey = z.looseObject({
  ...entity,
  name: Name,
  personaId: Id.optional(),
  thesisId: Id.optional(),
  metricIds: z.array(Id).optional(),
  useCase: UseCase.optional(),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  cards: z.array(Card),
  connectors: z.array(Connector),
});
export type Journey = z.infer<typeof Journey>;
