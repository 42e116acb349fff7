import type { Journey, LaneType, UseCase } from '../../model/schema';
import { DEFAULT_STAGE_WIDTH } from '../../journey/layout';
import { defaultLaneHeight } from '../../journey/presets';
import { defineCommand } from '../command';
import { editJourney, omit } from './util';

export interface NewJourney {
  id?: string;
  name: string;
  personaId?: string;
  thesisId?: string;
  useCase?: UseCase;
  /** Names come translated from the caller (a preset's lanes and default stages). */
  stages: { name: string; width?: number }[];
  lanes: { name: string; type: LaneType; height?: number }[];
}

export const createJourney = defineCommand<NewJourney>('journeys.create', (ws, args, { now, newId }) => {
  const name = args.name.trim();
  if (!name) return ws;
  const journey: Journey = {
    id: args.id ?? newId(),
    createdAt: now,
    updatedAt: now,
    name,
    ...(args.personaId && ws.personas.some((p) => p.id === args.personaId) ? { personaId: args.personaId } : {}),
    ...(args.thesisId && ws.theses.some((t) => t.id === args.thesisId) ? { thesisId: args.thesisId } : {}),
    ...(args.useCase ? { useCase: args.useCase } : {}),
    stages: args.stages.map((s) => ({ id: newId(), name: s.name, width: s.width ?? DEFAULT_STAGE_WIDTH })),
    lanes: args.lanes.map((l) => ({ id: newId(), name: l.name, type: l.type, height: l.height ?? defaultLaneHeight(l.type) })),
    cards: [],
    connectors: [],
  };
  return { ...ws, journeys: [...ws.journeys, journey], updatedAt: now };
});

/** `null` clears an optional link. */
export const updateJourney = defineCommand<{
  journeyId: string;
  name?: string;
  personaId?: string | null;
  thesisId?: string | null;
  useCase?: UseCase | null;
}>('journeys.update', (ws, { journeyId, ...patch }, { now }) => {
  if (patch.name !== undefined && !patch.name.trim()) return ws;
  if (patch.personaId && !ws.personas.some((p) => p.id === patch.personaId)) return ws;
  if (patch.thesisId && !ws.theses.some((t) => t.id === patch.thesisId)) return ws;
  return editJourney(ws, journeyId, now, (j) => {
    let out: Journey = j;
    if (patch.name !== undefined && patch.name.trim() !== j.name) out = { ...out, name: patch.name.trim() };
    for (const key of ['personaId', 'thesisId', 'useCase'] as const) {
      const value = patch[key];
      if (value === undefined || value === j[key]) continue;
      out = value === null ? omit(out, key) : { ...out, [key]: value };
    }
    return out;
  });
});

export const removeJourney = defineCommand<{ journeyId: string }>('journeys.remove', (ws, { journeyId }, { now }) =>
  ws.journeys.some((j) => j.id === journeyId)
    ? { ...ws, journeys: ws.journeys.filter((j) => j.id !== journeyId), updatedAt: now }
    : ws,
);
