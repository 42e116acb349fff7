import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `touchstone-${prefix}-`));
}

export interface Host {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the built browser host on a free port with its own data folder, as `npm start` would. */
export async function startHost(dataDir = tempDir('data')): Promise<Host> {
  const entry = join(ROOT, 'out', 'main', 'host.cjs');
  if (!existsSync(entry)) throw new Error('out/main/host.cjs is missing: run `npm run build` first');
  const child: ChildProcess = spawn(process.execPath, [entry, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TOUCHSTONE_LIBRARY: '' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Touchstone is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataDir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors: a test fails when any appear. */
  errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { locale?: string; width?: number; height?: number } = {}): Promise<Browser> {
  const profile = tempDir('profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until the save badge says everything is on disk. */
export function waitSaved(page: Page) {
  return expect.poll(() => page.locator('.save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

/** The workspace, as saved on disk, of the library file whose workshop has this name. */
// The file is JSON of any shape here: tests read what they assert on.
export function workspaceOnDisk(host: Host, name: string): any {
  const dir = join(host.dataDir, 'library');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.touchstone'))) {
    const file = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (file.workspace.name === name) return file.workspace;
  }
  throw new Error(`no workshop named ${name}`);
}

/** From the home screen (English UI): a new blank workshop with this name, opened and saved once. */
export async function createBlankWorkshop(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New blank workshop' }).click();
  await page.getByLabel('Workshop name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect.poll(() => page.getByRole('textbox', { name: 'Workshop name' }).inputValue()).toBe(name);
  await waitSaved(page);
}
