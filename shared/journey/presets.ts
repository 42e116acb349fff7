import type { CardType, LaneType } from '../model/journey';
import { DEFAULT_EMOTION_LANE_HEIGHT, DEFAULT_LANE_HEIGHT } from './layout';

/**
 * Lane presets a journey can start from. `full` is the default: the NN/g journey-map anatomy on top
 * of the service blueprint's frontstage/backstage/support lanes, with metrics at the bottom.
 */
export const LANE_PRESETS = {
  full: [
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
  ],
  journeyMap: ['customerActions', 'touchpoints', 'thoughts', 'emotions', 'painPoints', 'opportunities', 'metrics'],
  serviceBlueprint: ['physicalEvidence', 'customerActions', 'frontstage', 'backstage', 'supportProcesses'],
} as const satisfies Record<string, readonly LaneType[]>;
export type LanePreset = keyof typeof LANE_PRESETS;
export const LANE_PRESET_NAMES = Object.keys(LANE_PRESETS) as LanePreset[];

/** Stage keys of a new journey, named through i18n (`journey.defaultStages.*`). */
export const DEFAULT_STAGES = ['awareness', 'consideration', 'purchase', 'onboarding', 'use', 'service', 'loyalty'] as const;
export type DefaultStage = (typeof DEFAULT_STAGES)[number];

export function defaultLaneHeight(type: LaneType): number {
  return type === 'emotions' ? DEFAULT_EMOTION_LANE_HEIGHT : DEFAULT_LANE_HEIGHT;
}

/** The card type a new card gets in a lane of this type. */
export function defaultCardType(lane: LaneType): CardType {
  switch (lane) {
    case 'customerActions':
      return 'action';
    case 'touchpoints':
    case 'momentsOfTruth':
      return 'touchpoint';
    case 'thoughts':
    case 'emotions':
      return 'thought';
    case 'painPoints':
      return 'painPoint';
    case 'opportunities':
      return 'opportunity';
    case 'frontstage':
    case 'backstage':
    case 'supportProcesses':
      return 'process';
    case 'metrics':
      return 'metric';
    case 'physicalEvidence':
      return 'evidence';
    default:
      return 'note';
  }
}
