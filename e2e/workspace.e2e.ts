import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startHost, waitSaved, type Browser, type Host } from './harness';

let host: Host;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

function libraryFiles(): string[] {
  const dir = join(host.dataDir, 'library');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.touchstone'))
    .map((f) => join(dir, f));
}

describe('a workshop from creation to reload', () => {
  it('creates, renames, adds a member, survives a reload, undoes and redoes, switches language', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Workshops' }).waitFor();
    await screenshot(page, 'home-en-empty');

    // Create.
    await page.getByRole('button', { name: 'New blank workshop' }).click();
    await page.getByLabel('Workshop name').fill('Spring CX workshop');
    await page.getByRole('button', { name: 'Create' }).click();
    const title = page.getByRole('textbox', { name: 'Workshop name' });
    await expect.poll(() => title.inputValue()).toBe('Spring CX workshop');
    await expect.poll(() => page.getByRole('status').first().getAttribute('data-state')).toBe('saved');

    // Rename through the title field: one edit.
    await title.click();
    await title.fill('会员体验工作坊');
    await title.press('Enter');
    await waitSaved(page);

    // Add a team member.
    await page.getByPlaceholder('Name').fill('王芳');
    await page.locator('.add-member select').selectOption('customerService');
    await page.getByRole('button', { name: /Add member/ }).click();
    await page.getByTestId('member-row').first().waitFor();
    await waitSaved(page);

    // The file on disk has the change.
    const [file] = libraryFiles();
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.workspace.name).toBe('会员体验工作坊');
    expect(onDisk.workspace.members).toMatchObject([{ name: '王芳', function: 'customerService' }]);

    // Reload: same workshop, same content, history cleared.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Workshop name' }).inputValue()).toBe('会员体验工作坊');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Undo/ }).isDisabled()).toBe(true);

    // Undo/redo from the keyboard: one gesture is one step.
    await page.getByPlaceholder('Name').fill('李强');
    await page.getByRole('button', { name: /Add member/ }).click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(1);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    // The buttons do the same.
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(1);
    await waitSaved(page);
    expect(JSON.parse(readFileSync(file, 'utf8')).workspace.members).toHaveLength(1);
    await screenshot(page, 'workspace-en');

    // Switch to Simplified Chinese; it sticks across a reload; then back to English.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '用户画像' }).waitFor();
    await expect.poll(() => page.locator('.save-status').textContent()).toBe('已保存');
    await screenshot(page, 'workspace-zh-CN');
    await page.getByRole('button', { name: '用户画像' }).click();
    await page.getByRole('heading', { name: '用户画像', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: '用户画像', exact: true }).waitFor();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('button', { name: 'Personas' }).waitFor();

    // The section list folds away (room for the map on a projector) and stays folded after a reload.
    const sections = page.getByRole('navigation');
    await page.getByRole('button', { name: 'Show or hide the sections' }).click();
    await expect.poll(() => sections.isVisible()).toBe(false);
    await page.reload();
    await page.getByRole('button', { name: 'Show or hide the sections' }).waitFor();
    expect(await sections.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show or hide the sections' }).click();
    await expect.poll(() => sections.isVisible()).toBe(true);

    // Back to the library: the workshop is listed under its new name.
    await page.getByRole('button', { name: /Library/ }).click();
    await page.getByTestId('library-entry').filter({ hasText: '会员体验工作坊' }).waitFor();
    await screenshot(page, 'home-en');

    // Moved to the trash, then back with the toast's Restore.
    const entry = page.getByTestId('library-entry').filter({ hasText: '会员体验工作坊' });
    await entry.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText('“会员体验工作坊” moved to trash.').waitFor();
    await expect.poll(() => entry.count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Restore' }).click();
    await entry.waitFor();
    await expect.poll(() => page.getByText('moved to trash').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});
