import type { Card, CardType, Channel, LaneType } from '../model/journey';

/**
 * Colours of the map, shared by the canvas and the report. Pale fills so dark text stays readable on
 * a washed-out projector; each card type and channel has its own hue.
 */
export const CARD_FILL: Record<CardType, string> = {
  note: '#FFF4B8',
  action: '#DCEBFF',
  touchpoint: '#D5F2EE',
  thought: '#EFE4FF',
  painPoint: '#FFDCDC',
  opportunity: '#D9F5DF',
  process: '#E9EDF2',
  evidence: '#F4E9D8',
  metric: '#E1EEFA',
  question: '#FFEBD1',
  trigger: '#CFF1EA',
  message: '#DCE6FF',
  wait: '#ECECEC',
  decision: '#FFEFC2',
  goal: '#D3F3D3',
  exit: '#F5DEDE',
};

export const CHANNEL_COLOR: Record<Channel, string> = {
  web: '#2563EB',
  app: '#7C3AED',
  email: '#0E7490',
  sms: '#15803D',
  push: '#C2410C',
  inApp: '#9333EA',
  social: '#DB2777',
  store: '#92400E',
  callCentre: '#B91C1C',
  directMail: '#4D7C0F',
  chat: '#0F766E',
  other: '#475569',
};

/** Card colours offered in the properties panel (the same pale family as the type fills). */
export const CARD_COLORS = ['#FFF4B8', '#DCEBFF', '#D5F2EE', '#FFDCDC', '#D9F5DF', '#EFE4FF', '#FFEBD1', '#E9EDF2'] as const;

export const LANE_TINT: Partial<Record<LaneType, string>> = {
  emotions: '#FBFAF5',
  painPoints: '#FFF8F8',
  opportunities: '#F7FCF8',
  momentsOfTruth: '#FFFBF0',
  frontstage: '#F6F9FD',
  backstage: '#F3F5F8',
  supportProcesses: '#F0F2F5',
};

export const INK = '#1B2430';
export const MUTED = '#5A6675';
export const GRID_LINE = '#D5DBE3';
export const ACCENT = '#0F6E6E';
export const HEADER_BG = '#183347';
export const MOT_COLOR = '#D97706';
export const AS_IS_COLOR = '#0F6E6E';
export const TO_BE_COLOR = '#7C3AED';

export function cardFill(card: Pick<Card, 'color' | 'type'>): string {
  return card.color ?? CARD_FILL[card.type ?? 'note'];
}

/** Green above zero, amber at zero, red below: the colour of an emotion point. */
export function emotionColor(value: number): string {
  if (value >= 1) return '#15803D';
  if (value > 0) return '#4D7C0F';
  if (value === 0) return '#B45309';
  if (value > -1) return '#C2410C';
  return '#B91C1C';
}
