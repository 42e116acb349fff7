import { EVIDENCE_SOURCES, STATEMENT_LISTS, type EvidenceSource, type Persona } from '../model/schema';

export interface EvidenceSummary {
  /** Statements with text, across goals, needs, pains and behaviours. */
  total: number;
  /** Tagged research and naming where it comes from. */
  research: number;
  assumption: number;
  /** Tagged research but with no reference: not counted as research until someone names the source. */
  unsourced: number;
  /** Research-backed share 0…1; null when the persona has no statements yet. */
  share: number | null;
  bySource: Record<EvidenceSource, number>;
}

/** How much of a persona rests on research rather than internal opinion (Gartner, seed 003). */
export function evidenceSummary(persona: Persona): EvidenceSummary {
  const bySource = Object.fromEntries(EVIDENCE_SOURCES.map((s) => [s, 0])) as Record<EvidenceSource, number>;
  let research = 0;
  let assumption = 0;
  let unsourced = 0;
  for (const list of STATEMENT_LISTS) {
    for (const s of persona[list] ?? []) {
      if (!s.text.trim()) continue;
      if (s.evidence.kind === 'research' && !s.evidence.reference.trim()) unsourced++;
      else if (s.evidence.kind === 'research') {
        research++;
        bySource[s.evidence.source]++;
      } else assumption++;
    }
  }
  const total = research + assumption + unsourced;
  return { total, research, assumption, unsourced, share: total ? research / total : null, bySource };
}

/** The share as a whole percentage for display. */
export function sharePercent(summary: EvidenceSummary): number | null {
  return summary.share === null ? null : Math.round(summary.share * 100);
}
