/** Types for scripts/start.mjs (its tests import these). */
export function needsBuild(root?: string): boolean;
export function findElectronBinary(root?: string): string | null;
