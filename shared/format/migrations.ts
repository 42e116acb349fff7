/**
 * Ordered, named migrations of the file wrapper. Each step takes the whole parsed file of version
 * `from` and returns the file at `from + 1`. Released version numbers are never reused; a new step
 * gets a before/after fixture in `fixtures/` and a test in `migrations.test.ts`.
 */
export interface Migration {
  from: number;
  name: string;
  up(file: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;
const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
/** v0 ids were UUIDs; ids are letters and digits since v1 (they become platform keys). */
const v1Id = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/[^A-Za-z0-9]/g, '') : v);
const v1Time = (v: unknown): unknown => (typeof v === 'number' ? new Date(v).toISOString() : v);

const V0_ROLE_TO_FUNCTION: Record<string, string> = {
  ux: 'ux',
  design: 'ux',
  'customer service': 'customerService',
  service: 'customerService',
  pmo: 'pmo',
  project: 'pmo',
  marketing: 'digitalMarketing',
  'digital marketing': 'digitalMarketing',
  sales: 'sales',
  it: 'it',
  product: 'product',
};

function entityV1(e: Json): Json {
  const { created, updated, ...rest } = e;
  return { ...rest, id: v1Id(e.id), createdAt: v1Time(created), updatedAt: v1Time(updated) };
}

export const migrations: Migration[] = [
  {
    from: 0,
    name: 'v0-prototype-to-v1',
    // The prototype format: `workshop` with a `title`, a `team` of free-text roles, UUID ids and
    // epoch-millisecond times.
    up(file) {
      const { workshop, ...wrapper } = file;
      if (typeof workshop !== 'object' || workshop === null) throw new Error('the file has no "workshop" section');
      const { title, team, personas, journeys, ...rest } = workshop as Json;
      const members = asArray(team).map((m) => {
        const { role, ...member } = entityV1(m);
        const fn = V0_ROLE_TO_FUNCTION[String(role ?? '').trim().toLowerCase()] ?? 'other';
        return { ...member, function: fn, ...(fn === 'other' && role ? { roleLabel: role } : {}) };
      });
      const journeysV1 = asArray(journeys).map((j) => {
        const journey = entityV1(j);
        return {
          ...journey,
          stages: asArray(j.stages).map((s) => ({ ...s, id: v1Id(s.id) })),
          lanes: asArray(j.lanes).map((l) => ({ ...l, id: v1Id(l.id) })),
          cards: asArray(j.cards).map((c) => ({
            ...c,
            id: v1Id(c.id),
            stageId: v1Id(c.stageId),
            laneId: v1Id(c.laneId),
          })),
          connectors: asArray(j.connectors).map((c) => ({ ...c, id: v1Id(c.id), from: v1Id(c.from), to: v1Id(c.to) })),
        };
      });
      const ws = entityV1(rest);
      return {
        ...wrapper,
        formatVersion: 1,
        workspace: {
          ...ws,
          name: title,
          members,
          personas: asArray(personas).map(entityV1),
          theses: [],
          journeys: journeysV1,
          segments: [],
        },
      };
    },
  },
];
