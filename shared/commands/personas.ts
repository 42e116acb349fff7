import {
  AvatarDataUrl,
  type Demographics,
  type Evidence,
  type Channel,
  type Persona,
  type Statement,
  type StatementList,
  type Workspace,
} from '../model/schema';
import { defineCommand } from './command';
import { editThesisContent } from './theses';

type PersonaText = 'role' | 'segment' | 'quote' | 'scenario';
export interface PersonaPatch extends Partial<Record<PersonaText, string>> {
  name?: string;
  channels?: Channel[];
  demographics?: Demographics;
}

function mapPersona(ws: Workspace, id: string, now: string, f: (p: Persona) => Persona): Workspace {
  let changed = false;
  const personas = ws.personas.map((p) => {
    if (p.id !== id) return p;
    const next = f(p);
    if (next === p) return p;
    changed = true;
    return { ...next, updatedAt: now };
  });
  return changed ? { ...ws, personas, updatedAt: now } : ws;
}

export const addPersona = defineCommand<{ name: string; role?: string; id?: string }>('personas.add', (ws, args, { now, newId }) => {
  const name = args.name.trim();
  if (!name) return ws;
  const persona: Persona = {
    id: args.id ?? newId(),
    name,
    ...(args.role?.trim() ? { role: args.role.trim() } : {}),
    goals: [],
    needs: [],
    pains: [],
    behaviours: [],
    createdAt: now,
    updatedAt: now,
  };
  return { ...ws, personas: [...ws.personas, persona], updatedAt: now };
});

/** Text fields; a blank name is ignored (a persona always has a name). */
export const updatePersona = defineCommand<{ id: string; patch: PersonaPatch }>('personas.update', (ws, { id, patch }, { now }) =>
  mapPersona(ws, id, now, (p) => {
    const next: Persona = { ...p };
    let changed = false;
    for (const [key, value] of Object.entries(patch) as [keyof PersonaPatch, unknown][]) {
      if (value === undefined) continue;
      let v = value;
      if (key === 'name') {
        v = String(value).trim();
        if (!v) continue;
      }
      if (JSON.stringify(p[key]) === JSON.stringify(v)) continue;
      (next as Record<string, unknown>)[key] = v;
      changed = true;
    }
    return changed ? next : p;
  }),
);

/** Sets or clears the avatar; anything but a valid small image data URL is ignored. */
export const setPersonaAvatar = defineCommand<{ id: string; avatar: string | null }>('personas.setAvatar', (ws, { id, avatar }, { now }) => {
  if (avatar !== null && !AvatarDataUrl.safeParse(avatar).success) return ws;
  return mapPersona(ws, id, now, (p) => {
    if ((p.avatar ?? null) === avatar) return p;
    const { avatar: _old, ...rest } = p;
    return avatar === null ? (rest as Persona) : { ...rest, avatar };
  });
});

/** A copy right after the original, with fresh ids for it and its statements; `name` is the copy's name. */
export const duplicatePersona = defineCommand<{ id: string; name: string; newPersonaId?: string }>(
  'personas.duplicate',
  (ws, { id, name, newPersonaId }, { now, newId }) => {
    const index = ws.personas.findIndex((p) => p.id === id);
    if (index < 0 || !name.trim()) return ws;
    const source = ws.personas[index];
    const copy: Persona = { ...source, id: newPersonaId ?? newId(), name: name.trim(), createdAt: now, updatedAt: now };
    for (const list of ['goals', 'needs', 'pains', 'behaviours'] as const) {
      if (source[list]) copy[list] = source[list].map((s) => ({ ...s, id: newId() }));
    }
    const personas = [...ws.personas];
    personas.splice(index + 1, 0, copy);
    return { ...ws, personas, updatedAt: now };
  },
);

/** Removes a persona and every link to it: from theses (an approved one returns to draft) and journeys. */
export const removePersona = defineCommand<{ id: string }>('personas.remove', (ws, { id }, { now }) => {
  if (!ws.personas.some((p) => p.id === id)) return ws;
  return {
    ...ws,
    personas: ws.personas.filter((p) => p.id !== id),
    theses: ws.theses.map((t) =>
      t.personaIds.includes(id) ? editThesisContent(t, { personaIds: t.personaIds.filter((p) => p !== id) }, now) : t,
    ),
    journeys: ws.journeys.map((j) => {
      if (j.personaId !== id) return j;
      const { personaId: _removed, ...rest } = j;
      return { ...rest, updatedAt: now } as typeof j;
    }),
    updatedAt: now,
  };
});

/** Moves a persona to position `to` in the gallery (clamped). */
export const movePersona = defineCommand<{ id: string; to: number }>('personas.move', (ws, { id, to }, { now }) => {
  const from = ws.personas.findIndex((p) => p.id === id);
  const target = Math.max(0, Math.min(ws.personas.length - 1, Math.trunc(to)));
  if (from < 0 || from === target) return ws;
  const personas = [...ws.personas];
  const [moved] = personas.splice(from, 1);
  personas.splice(target, 0, moved);
  return { ...ws, personas, updatedAt: now };
});

export const addStatement = defineCommand<{ personaId: string; list: StatementList; text: string; evidence: Evidence; id?: string }>(
  'personas.addStatement',
  (ws, { personaId, list, text, evidence, id }, { now, newId }) => {
    const clean = text.trim();
    if (!clean) return ws;
    return mapPersona(ws, personaId, now, (p) => ({
      ...p,
      [list]: [...(p[list] ?? []), { id: id ?? newId(), text: clean, evidence: cleanEvidence(evidence) } satisfies Statement],
    }));
  },
);

export const updateStatement = defineCommand<{ personaId: string; list: StatementList; statementId: string; text?: string; evidence?: Evidence }>(
  'personas.updateStatement',
  (ws, { personaId, list, statementId, text, evidence }, { now }) =>
    mapPersona(ws, personaId, now, (p) => {
      const items = p[list] ?? [];
      const old = items.find((s) => s.id === statementId);
      if (!old) return p;
      const next: Statement = {
        ...old,
        ...(text !== undefined && text.trim() ? { text: text.trim() } : {}),
        ...(evidence ? { evidence: cleanEvidence(evidence) } : {}),
      };
      if (JSON.stringify(next) === JSON.stringify(old)) return p;
      return { ...p, [list]: items.map((s) => (s.id === statementId ? next : s)) };
    }),
);

export const removeStatement = defineCommand<{ personaId: string; list: StatementList; statementId: string }>(
  'personas.removeStatement',
  (ws, { personaId, list, statementId }, { now }) =>
    mapPersona(ws, personaId, now, (p) =>
      p[list]?.some((s) => s.id === statementId) ? { ...p, [list]: p[list]!.filter((s) => s.id !== statementId) } : p,
    ),
);

function cleanEvidence(e: Evidence): Evidence {
  return e.kind === 'research' ? { kind: 'research', source: e.source, reference: e.reference.trim() } : { kind: 'assumption' };
}
