/** The browser host's own flags; the folder flags (`--data-dir`, `--library`) belong to `resolvePaths`. */
export const DEFAULT_PORT = 4780;

export type HostArgs =
  | { ok: true; port: number; explicitPort: boolean }
  | { ok: false; error: string };

/** `--port N` or `--port=N` (0 = any free port). Without it: 4780, or a free port when 4780 is taken. */
export function parseHostArgs(argv: readonly string[]): HostArgs {
  let raw: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--port') {
      raw = argv[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--port=')) {
      raw = arg.slice('--port='.length);
    }
  }
  if (raw === undefined) return { ok: true, port: DEFAULT_PORT, explicitPort: false };
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    return { ok: false, error: `--port needs a number from 0 to 65535 (got "${raw}")` };
  }
  return { ok: true, port: Number(raw), explicitPort: true };
}
