import { STATEMENT_LISTS } from './persona';
import type { Workspace } from './schema';

/** What a reference may point at. */
export type RefKind = 'card' | 'lane' | 'stage' | 'persona' | 'thesis' | 'metric' | 'member';
const REF_LABEL: Record<RefKind, string> = {
  card: 'card',
  lane: 'lane',
  stage: 'stage',
  persona: 'persona',
  thesis: 'thesis',
  metric: 'thesis metric',
  member: 'team member',
};

export type IssueCode = 'missing' | 'wrongType' | 'oneOf' | 'duplicateId' | 'danglingRef';

export interface ModelIssue {
  /** Dotted path into the file, e.g. `workspace.journeys.0.cards.3.stageId`. */
  path: string;
  /** Plain English; `code` and `params` let the UI say it in the user's language. */
  message: string;
  code?: IssueCode;
  params?: Record<string, string>;
}

/**
 * Checks what a schema cannot: ids are unique and every reference points at something that exists.
 * Returns the problems with the path of the bad field.
 */
export function checkReferences(ws: Workspace, prefix = 'workspace'): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const seen = new Set<string>();
  const unique = (id: string, path: string) => {
    if (seen.has(id)) issues.push({ path, message: `duplicate id "${id}"`, code: 'duplicateId', params: { id } });
    seen.add(id);
  };
  const mustExist = (ids: Set<string>, id: string | undefined, path: string, what: RefKind) => {
    if (id !== undefined && !ids.has(id)) {
      issues.push({ path, message: `refers to a ${REF_LABEL[what]} that does not exist ("${id}")`, code: 'danglingRef', params: { what, id } });
    }
  };

  ws.members.forEach((m, i) => unique(m.id, `${prefix}.members.${i}.id`));
  ws.personas.forEach((p, i) => unique(p.id, `${prefix}.personas.${i}.id`));
  ws.theses.forEach((t, i) => unique(t.id, `${prefix}.theses.${i}.id`));
  ws.segments.forEach((s, i) => unique(s.id, `${prefix}.segments.${i}.id`));
  ws.journeys.forEach((j, i) => unique(j.id, `${prefix}.journeys.${i}.id`));

  const personaIds = new Set(ws.personas.map((p) => p.id));
  const thesisIds = new Set(ws.theses.map((t) => t.id));
  const memberIds = new Set(ws.members.map((m) => m.id));

  ws.personas.forEach((p, i) => {
    for (const list of STATEMENT_LISTS) {
      p[list]?.forEach((s, k) => unique(s.id, `${prefix}.personas.${i}.${list}.${k}.id`));
    }
  });

  // Thesis metrics are referenced from journeys, cards and decisions. Member references inside a
  // thesis (co-authors, metric owners, signatures) are deliberately soft: removing a member keeps the
  // record readable (signatures carry the name) and the UI treats a missing member as "not set".
  const metricIds = new Set<string>();
  ws.theses.forEach((t, i) => {
    const at = `${prefix}.theses.${i}`;
    t.personaIds.forEach((id, k) => mustExist(personaIds, id, `${at}.personaIds.${k}`, 'persona'));
    const own = new Set<string>();
    t.metrics?.forEach((m, k) => (unique(m.id, `${at}.metrics.${k}.id`), own.add(m.id), metricIds.add(m.id)));
    t.comments?.forEach((c, k) => {
      unique(c.id, `${at}.comments.${k}.id`);
      mustExist(own, c.metricId, `${at}.comments.${k}.metricId`, 'metric');
    });
    t.decisions?.forEach((d, k) => {
      unique(d.id, `${at}.decisions.${k}.id`);
      d.metricIds?.forEach((id, n) => mustExist(own, id, `${at}.decisions.${k}.metricIds.${n}`, 'metric'));
    });
  });
  ws.journeys.forEach((j, i) => {
    const at = `${prefix}.journeys.${i}`;
    mustExist(personaIds, j.personaId, `${at}.personaId`, 'persona');
    mustExist(thesisIds, j.thesisId, `${at}.thesisId`, 'thesis');
    j.metricIds?.forEach((id, k) => mustExist(metricIds, id, `${at}.metricIds.${k}`, 'metric'));
    const stageIds = new Set<string>();
    const laneIds = new Set<string>();
    const cardIds = new Set<string>();
    j.stages.forEach((s, k) => (unique(s.id, `${at}.stages.${k}.id`), stageIds.add(s.id)));
    j.lanes.forEach((l, k) => (unique(l.id, `${at}.lanes.${k}.id`), laneIds.add(l.id)));
    j.lanes.forEach((l, k) =>
      (['asIs', 'toBe'] as const).forEach((curve) =>
        l[curve]?.forEach((p, n) => mustExist(stageIds, p.stageId, `${at}.lanes.${k}.${curve}.${n}.stageId`, 'stage')),
      ),
    );
    j.cards.forEach((c, k) => {
      unique(c.id, `${at}.cards.${k}.id`);
      cardIds.add(c.id);
      mustExist(stageIds, c.stageId, `${at}.cards.${k}.stageId`, 'stage');
      mustExist(laneIds, c.laneId, `${at}.cards.${k}.laneId`, 'lane');
      mustExist(memberIds, c.ownerId, `${at}.cards.${k}.ownerId`, 'member');
      mustExist(thesisIds, c.thesisId, `${at}.cards.${k}.thesisId`, 'thesis');
      c.metricIds?.forEach((id, n) => mustExist(metricIds, id, `${at}.cards.${k}.metricIds.${n}`, 'metric'));
    });
    j.connectors.forEach((c, k) => {
      unique(c.id, `${at}.connectors.${k}.id`);
      mustExist(cardIds, c.from, `${at}.connectors.${k}.from`, 'card');
      mustExist(cardIds, c.to, `${at}.connectors.${k}.to`, 'card');
    });
  });
  return issues;
}
