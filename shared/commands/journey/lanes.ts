import type { LaneType } from '../../model/schema';
import { defaultLaneHeight } from '../../journey/presets';
import { defineCommand } from '../command';
import { clamp, editJourney, moveItem, withoutCards } from './util';

export const LANE_MIN_HEIGHT = 60;
export const LANE_MAX_HEIGHT = 4000;

export const addLane = defineCommand<{ journeyId: string; name: string; type: LaneType; index?: number; id?: string }>(
  'lanes.add',
  (ws, args, { now, newId }) =>
    editJourney(ws, args.journeyId, now, (j) => {
      const lane = { id: args.id ?? newId(), name: args.name.trim(), type: args.type, height: defaultLaneHeight(args.type) };
      const lanes = j.lanes.slice();
      lanes.splice(clamp(args.index ?? lanes.length, 0, lanes.length), 0, lane);
      return { ...j, lanes };
    }),
);

export const updateLane = defineCommand<{ journeyId: string; laneId: string; name?: string; type?: LaneType }>(
  'lanes.update',
  (ws, { journeyId, laneId, name, type }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const lane = j.lanes.find((l) => l.id === laneId);
      if (!lane) return j;
      const patch: { name?: string; type?: LaneType } = {};
      if (name !== undefined && name.trim() !== lane.name) patch.name = name.trim();
      if (type !== undefined && type !== lane.type) patch.type = type;
      if (Object.keys(patch).length === 0) return j;
      return { ...j, lanes: j.lanes.map((l) => (l.id === laneId ? { ...l, ...patch } : l)) };
    }),
);

export const resizeLane = defineCommand<{ journeyId: string; laneId: string; height: number }>(
  'lanes.resize',
  (ws, { journeyId, laneId, height }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const h = Math.round(clamp(height, LANE_MIN_HEIGHT, LANE_MAX_HEIGHT));
      const lane = j.lanes.find((l) => l.id === laneId);
      if (!lane || !Number.isFinite(h) || lane.height === h) return j;
      return { ...j, lanes: j.lanes.map((l) => (l.id === laneId ? { ...l, height: h } : l)) };
    }),
);

export const moveLane = defineCommand<{ journeyId: string; laneId: string; toIndex: number }>(
  'lanes.move',
  (ws, { journeyId, laneId, toIndex }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const from = j.lanes.findIndex((l) => l.id === laneId);
      const to = clamp(toIndex, 0, j.lanes.length - 1);
      if (from < 0 || from === to) return j;
      return { ...j, lanes: moveItem(j.lanes, from, to) };
    }),
);

/** Removes a lane with its cards and their connectors. */
export const removeLane = defineCommand<{ journeyId: string; laneId: string }>(
  'lanes.remove',
  (ws, { journeyId, laneId }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      if (!j.lanes.some((l) => l.id === laneId)) return j;
      const gone = new Set(j.cards.filter((c) => c.laneId === laneId).map((c) => c.id));
      return { ...withoutCards(j, gone), lanes: j.lanes.filter((l) => l.id !== laneId) };
    }),
);
