import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startHost, tempDir, type Browser, type Host } from './harness';

let host: Host;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser({ locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const status = () => browser.page.locator('.save-status').getAttribute('data-state');

describe('bad files never cost work', () => {
  it('follows the browser language when nothing was chosen', async () => {
    await browser.page.goto(host.url);
    await browser.page.getByRole('heading', { name: '工作坊', exact: true }).waitFor();
    await browser.page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await browser.page.getByRole('heading', { name: 'Workshops' }).waitFor();
  });

  it('a foreign file and a file from a newer version are refused with plain words', async () => {
    const { page } = browser;
    const dir = tempDir('import');
    const foreign = join(dir, 'drawing.touchstone');
    writeFileSync(foreign, JSON.stringify({ type: 'excalidraw', elements: [] }));
    await page.getByTestId('import-input').setInputFiles(foreign);
    await page.getByText('it is JSON, but of another kind').waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).first().click();

    const newer = join(dir, 'future.touchstone');
    writeFileSync(newer, JSON.stringify({ format: 'touchstone-workspace', formatVersion: 99, workspace: {} }));
    await page.getByTestId('import-input').setInputFiles(newer);
    await page.getByText(/made by a newer version of Touchstone \(file version 99/).waitFor();
    await screenshot(page, 'import-too-new');
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    expect(readdirSync(join(host.dataDir, 'library')).filter((f) => f.endsWith('.touchstone'))).toEqual([]);
  });

  it('a corrupted workshop offers its newest good backup, and the damaged file is kept', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'New blank workshop' }).click();
    await page.getByLabel('Workshop name').fill('Backup test');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByPlaceholder('Name').fill('Ana');
    await page.getByRole('button', { name: /Add member/ }).click();
    await expect.poll(status).toBe('saved');
    await page.getByPlaceholder('Name').fill('Bo');
    await page.getByRole('button', { name: /Add member/ }).click();
    await expect.poll(status).toBe('saved');

    await page.getByRole('button', { name: /Library/ }).click();
    const entry = page.getByTestId('library-entry').getByRole('button', { name: 'Backup test' });
    await entry.waitFor(); // the listing was read before the file gets damaged behind the app's back
    const libraryDir = join(host.dataDir, 'library');
    const [name] = readdirSync(libraryDir).filter((f) => f.endsWith('.touchstone'));
    const path = join(libraryDir, name);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, good.length / 2)); // a torn write from some other program

    await entry.click();
    await page.getByText('not readable JSON').waitFor();
    await page.getByText(/A backup from .* can be opened instead/).waitFor();
    await screenshot(page, 'corrupt-backup-offered');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop name' }).inputValue()).toBe('Backup test');
    // The damaged bytes were moved aside, not deleted.
    const damaged = readdirSync(join(host.dataDir, 'damaged'));
    expect(damaged.length).toBe(1);
    expect(browser.errors).toEqual([]);
  });
});
