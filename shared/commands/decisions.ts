import type { Decision } from '../model/schema';
import { defineCommand } from './command';
import { mapThesis } from './theses';

/** DIRTT decision log of a thesis: what the team decided, and whether it relates to the thesis. */
export interface DecisionInput {
  date: string;
  decision: string;
  relates: boolean;
  rationale: string;
  metricIds?: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const addDecision = defineCommand<DecisionInput & { thesisId: string; id?: string }>(
  'decisions.add',
  (ws, { thesisId, id, ...input }, { now, newId }) => {
    const decision = input.decision.trim();
    if (!decision || !DATE.test(input.date)) return ws;
    return mapThesis(ws, thesisId, now, (t) => {
      const own = new Set((t.metrics ?? []).map((m) => m.id));
      const metricIds = (input.metricIds ?? []).filter((m) => own.has(m));
      const entry: Decision = {
        id: id ?? newId(),
        date: input.date,
        decision,
        relates: input.relates,
        rationale: input.rationale.trim(),
        ...(metricIds.length ? { metricIds } : {}),
      };
      return { ...t, decisions: [...(t.decisions ?? []), entry], updatedAt: now };
    });
  },
);

export const updateDecision = defineCommand<{ thesisId: string; decisionId: string; patch: Partial<DecisionInput> }>(
  'decisions.update',
  (ws, { thesisId, decisionId, patch }, { now }) =>
    mapThesis(ws, thesisId, now, (t) => {
      const old = t.decisions?.find((d) => d.id === decisionId);
      if (!old) return t;
      if (patch.date !== undefined && !DATE.test(patch.date)) return t;
      if (patch.decision !== undefined && !patch.decision.trim()) return t;
      const own = new Set((t.metrics ?? []).map((m) => m.id));
      const next: Decision = {
        ...old,
        ...(patch.date !== undefined ? { date: patch.date } : {}),
        ...(patch.decision !== undefined ? { decision: patch.decision.trim() } : {}),
        ...(patch.relates !== undefined ? { relates: patch.relates } : {}),
        ...(patch.rationale !== undefined ? { rationale: patch.rationale.trim() } : {}),
        ...(patch.metricIds !== undefined ? { metricIds: patch.metricIds.filter((m) => own.has(m)) } : {}),
      };
      if (JSON.stringify(next) === JSON.stringify(old)) return t;
      return { ...t, decisions: t.decisions!.map((d) => (d.id === decisionId ? next : d)), updatedAt: now };
    }),
);

export const removeDecision = defineCommand<{ thesisId: string; decisionId: string }>('decisions.remove', (ws, { thesisId, decisionId }, { now }) =>
  mapThesis(ws, thesisId, now, (t) =>
    t.decisions?.some((d) => d.id === decisionId) ? { ...t, decisions: t.decisions.filter((d) => d.id !== decisionId), updatedAt: now } : t,
  ),
);
