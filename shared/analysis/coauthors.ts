import type { Member, TeamFunction, Thesis } from '../model/schema';

/**
 * Gartner: the thesis is co-authored by a cross-functional group with direct or indirect influence
 * on the experience. These are the functions the tool asks for at least.
 */
export const KEY_FUNCTIONS = ['ux', 'customerService', 'pmo', 'digitalMarketing'] as const satisfies readonly TeamFunction[];

export interface CoAuthorCoverage {
  /** Co-authors who are (still) team members, in team order. */
  authors: Member[];
  /** Key functions no co-author covers, in KEY_FUNCTIONS order. */
  missing: TeamFunction[];
}

export function coAuthorCoverage(thesis: Pick<Thesis, 'coAuthorIds'>, members: readonly Member[]): CoAuthorCoverage {
  const ids = new Set(thesis.coAuthorIds ?? []);
  const authors = members.filter((m) => ids.has(m.id));
  const covered = new Set(authors.map((m) => m.function));
  return { authors, missing: KEY_FUNCTIONS.filter((f) => !covered.has(f)) };
}
