/** Types for scripts/pack-check-lib.mjs (its tests import these). */
export const FUSE_SENTINEL: string;
export const FUSE_NAMES: string[];
export const REQUIRED_FUSES: Record<string, boolean>;
export function standInElectronBinary(electronVersion: string): Buffer;
export function readFuseWire(binary: Buffer): { version: number; fuses: Record<string, string> } | null;
export function checkFuses(binary: Buffer, name?: string): string[];

export interface AsarFileEntry {
  path: string;
  size: number;
  unpacked: boolean;
  link: string | null;
}
export function flattenAsarHeader(header: unknown): { files: AsarFileEntry[]; dirs: string[] };
export function checkAsarContents(input: {
  files: AsarFileEntry[];
  allowedFiles: string[];
  allowedDirs: string[];
  requiredFiles: string[];
}): string[];
export function insideAsar(asarRoot: string, p: string): string | null;
export function requiredModules(code: string): string[];
export function checkRequires(file: string, code: string, names: Set<string>, opts?: { sandboxedPreload?: boolean }): string[];
export function htmlReferences(html: string, page: string, rendererRoot: string): string[];
export function formatBytes(n: number): string;
export function pngSize(buf: Buffer): { width: number; height: number } | null;
export function icoSizes(buf: Buffer): number[] | null;
export function icnsTypes(buf: Buffer): string[] | null;
export function checkIcons(read: (rel: string) => Buffer | null, linuxIcons: string[]): string[];
