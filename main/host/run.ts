import path from 'node:path';
import { existsSync } from 'node:fs';
import type { Api } from '../../shared/api/contract';
import type { AppPaths, PathInput } from '../paths';
import { parseHostArgs } from './args';
import { createHostServer, newToken, runningLine, type HostServer } from './server';

export interface RunHostOptions {
  argv: string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homeDir: string;
  /** The package root (holds `out/` and `templates/`). */
  appRoot: string;
  resolvePaths(input: PathInput): AppPaths;
  createApi(paths: AppPaths & { appDir: string }): Api;
  out(line: string): void;
  err(line: string): void;
  token?: string;
  staticDir?: string;
}

export type RunHostResult = { ok: true; host: HostServer } | { ok: false; exitCode: number };

/** Starts the browser host and prints the one line the e2e tests parse. Never throws. */
export async function runHost(opts: RunHostOptions): Promise<RunHostResult> {
  const args = parseHostArgs(opts.argv);
  if (!args.ok) {
    opts.err(`touchstone: ${args.error}`);
    return { ok: false, exitCode: 2 };
  }
  let api: Api;
  try {
    const paths = opts.resolvePaths({
      argv: opts.argv,
      env: opts.env,
      platform: opts.platform,
      homeDir: opts.homeDir,
      appRoot: opts.appRoot,
    });
    api = opts.createApi({ ...paths, appDir: opts.appRoot });
  } catch (e) {
    opts.err(`touchstone: could not start: ${e instanceof Error ? e.message : String(e)}`);
    return { ok: false, exitCode: 1 };
  }
  const staticDir = opts.staticDir ?? path.join(opts.appRoot, 'out', 'renderer');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    opts.err('touchstone: the user interface is not built (out/renderer/index.html is missing): run npm run build');
  }
  const host = createHostServer({
    api,
    staticDir,
    token: opts.token ?? newToken(),
    port: args.port,
    fallbackToFreePort: !args.explicitPort,
    logError: opts.err,
  });
  try {
    await host.listen();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    opts.err(
      code === 'EADDRINUSE'
        ? `touchstone: port ${args.port} is in use; pick another with --port N (or --port 0 for any free port)`
        : `touchstone: could not listen on 127.0.0.1:${args.port}: ${e instanceof Error ? e.message : String(e)}`,
    );
    return { ok: false, exitCode: 1 };
  }
  opts.out(runningLine(host.url));
  return { ok: true, host };
}
