import { EMOTION_MAX, EMOTION_MIN, type EmotionPoint } from '../../model/schema';
import { defineCommand } from '../command';
import { clamp, editJourney, omit } from './util';

export type Curve = 'asIs' | 'toBe';

/** Sets (or with `null` removes) the score of one step on an emotion curve. */
export const setEmotionPoint = defineCommand<{
  journeyId: string;
  laneId: string;
  stageId: string;
  curve: Curve;
  value: number | null;
}>('emotion.set', (ws, { journeyId, laneId, stageId, curve, value }, { now }) =>
  editJourney(ws, journeyId, now, (j) => {
    const lane = j.lanes.find((l) => l.id === laneId);
    if (!lane || !j.stages.some((s) => s.id === stageId)) return j;
    if (curve === 'toBe' && !lane.toBe) return j;
    const points: EmotionPoint[] = lane[curve] ?? [];
    const current = points.find((p) => p.stageId === stageId);
    let next: EmotionPoint[];
    if (value === null) {
      if (!current) return j;
      next = points.filter((p) => p.stageId !== stageId);
    } else {
      if (!Number.isFinite(value)) return j;
      const v = clamp(Math.round(value * 2) / 2, EMOTION_MIN, EMOTION_MAX);
      if (current?.value === v) return j;
      next = current ? points.map((p) => (p.stageId === stageId ? { ...p, value: v } : p)) : [...points, { stageId, value: v }];
    }
    return { ...j, lanes: j.lanes.map((l) => (l.id === laneId ? { ...l, [curve]: next } : l)) };
  }),
);

/** Shows the to-be curve (starting as a copy of the as-is one) or removes it. */
export const setToBeCurve = defineCommand<{ journeyId: string; laneId: string; enabled: boolean }>(
  'emotion.toBe',
  (ws, { journeyId, laneId, enabled }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const lane = j.lanes.find((l) => l.id === laneId);
      if (!lane || !!lane.toBe === enabled) return j;
      const next = enabled ? { ...lane, toBe: (lane.asIs ?? []).map((p) => ({ ...p })) } : omit(lane, 'toBe');
      return { ...j, lanes: j.lanes.map((l) => (l.id === laneId ? next : l)) };
    }),
);
