import { DEFAULT_STAGE_WIDTH } from '../../journey/layout';
import { defineCommand } from '../command';
import { clamp, editJourney, moveItem, withoutCards } from './util';

export const STAGE_MIN_WIDTH = 120;
export const STAGE_MAX_WIDTH = 4000;

export const addStage = defineCommand<{ journeyId: string; name: string; index?: number; width?: number; id?: string }>(
  'stages.add',
  (ws, args, { now, newId }) =>
    editJourney(ws, args.journeyId, now, (j) => {
      const stage = {
        id: args.id ?? newId(),
        name: args.name.trim(),
        width: clamp(args.width ?? DEFAULT_STAGE_WIDTH, STAGE_MIN_WIDTH, STAGE_MAX_WIDTH),
      };
      const stages = j.stages.slice();
      stages.splice(clamp(args.index ?? stages.length, 0, stages.length), 0, stage);
      return { ...j, stages };
    }),
);

export const renameStage = defineCommand<{ journeyId: string; stageId: string; name: string }>(
  'stages.rename',
  (ws, { journeyId, stageId, name }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const trimmed = name.trim();
      const stage = j.stages.find((s) => s.id === stageId);
      if (!stage || stage.name === trimmed) return j;
      return { ...j, stages: j.stages.map((s) => (s.id === stageId ? { ...s, name: trimmed } : s)) };
    }),
);

export const resizeStage = defineCommand<{ journeyId: string; stageId: string; width: number }>(
  'stages.resize',
  (ws, { journeyId, stageId, width }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const w = Math.round(clamp(width, STAGE_MIN_WIDTH, STAGE_MAX_WIDTH));
      const stage = j.stages.find((s) => s.id === stageId);
      if (!stage || !Number.isFinite(w) || stage.width === w) return j;
      return { ...j, stages: j.stages.map((s) => (s.id === stageId ? { ...s, width: w } : s)) };
    }),
);

/** Moves a stage to `toIndex` in the final order; its cards go with it. */
export const moveStage = defineCommand<{ journeyId: string; stageId: string; toIndex: number }>(
  'stages.move',
  (ws, { journeyId, stageId, toIndex }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const from = j.stages.findIndex((s) => s.id === stageId);
      const to = clamp(toIndex, 0, j.stages.length - 1);
      if (from < 0 || from === to) return j;
      return { ...j, stages: moveItem(j.stages, from, to) };
    }),
);

/** Removes a stage with its cards, their connectors and the emotion points of that step. */
export const removeStage = defineCommand<{ journeyId: string; stageId: string }>(
  'stages.remove',
  (ws, { journeyId, stageId }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      if (!j.stages.some((s) => s.id === stageId)) return j;
      const gone = new Set(j.cards.filter((c) => c.stageId === stageId).map((c) => c.id));
      const rest = withoutCards(j, gone);
      return {
        ...rest,
        stages: j.stages.filter((s) => s.id !== stageId),
        lanes: j.lanes.map((l) =>
          l.asIs || l.toBe
            ? {
                ...l,
                ...(l.asIs ? { asIs: l.asIs.filter((p) => p.stageId !== stageId) } : {}),
                ...(l.toBe ? { toBe: l.toBe.filter((p) => p.stageId !== stageId) } : {}),
              }
            : l,
        ),
      };
    }),
);
