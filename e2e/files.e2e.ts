import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlankWorkshop, openBrowser, waitSaved, screenshot, startHost, tempDir, type Browser, type Host } from './harness';

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
    await createBlankWorkshop(page, 'Backup test');
    await page.getByPlaceholder('Name').fill('Ana');
    await page.getByRole('button', { name: /Add member/ }).click();
    await waitSaved(page);
    await page.getByPlaceholder('Name').fill('Bo');
    await page.getByRole('button', { name: /Add member/ }).click();
    await waitSaved(page);

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

  it('typing is saved without leaving the field; Escape puts the old text back', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /Library/ }).click();
    await createBlankWorkshop(page, 'Typing test');
    const description = page.getByLabel('Description');
    await description.click();
    await page.keyboard.type('团队在会员体验上的共识', { delay: 20 });
    await waitSaved(page); // still in the field
    await expect.poll(() => description.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Description').inputValue()).toBe('团队在会员体验上的共识');

    await page.getByLabel('Description').click();
    await page.keyboard.type('——草稿', { delay: 20 });
    await page.waitForTimeout(600); // the draft reached the document
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByLabel('Description').inputValue()).toBe('团队在会员体验上的共识');
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Description').inputValue()).toBe('团队在会员体验上的共识');
  });

  it('a file changed by another program is never overwritten: ours goes to a copy, and we keep working there', async () => {
    const { page } = browser;
    const ref = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    const theirs = JSON.parse(readFileSync(ref, 'utf8'));
    theirs.workspace.name = 'Changed elsewhere';
    writeFileSync(ref, JSON.stringify(theirs));

    await page.getByPlaceholder('Name').fill('Dana');
    await page.getByRole('button', { name: /Add member/ }).click();
    await page.getByText('This workshop was changed by another program').waitFor();
    await waitSaved(page);
    const copyRef = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    expect(copyRef).not.toBe(ref);
    expect(JSON.parse(readFileSync(ref, 'utf8')).workspace.name).toBe('Changed elsewhere');
    const copy = JSON.parse(readFileSync(copyRef, 'utf8'));
    expect(copy.workspace.members.map((m: { name: string }) => m.name)).toEqual(['Dana']);

    // Later edits land in the copy, and a reload reopens the copy.
    await page.getByPlaceholder('Name').fill('Eli');
    await page.getByRole('button', { name: /Add member/ }).click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    await waitSaved(page);
    await page.reload();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    expect(JSON.parse(readFileSync(copyRef, 'utf8')).workspace.members).toHaveLength(2);
    expect(browser.errors).toEqual([]);
  });
});
