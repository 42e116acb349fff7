import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlankWorkshop, openBrowser, waitSaved, workspaceOnDisk as onDisk, screenshot, startHost, type Browser, type Host } from './harness';

/**
 * The journey map with the keyboard only: Tab onto the canvas, add cards with N, walk between them
 * with the arrow keys (the live region says where the selection is), edit with Enter, connect with C.
 */
let host: Host;
beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host?.stop();
});

const workspaceOnDisk = (name: string) => onDisk(host, name);

interface CardJson {
  id: string;
  text: string;
  stageId: string;
  laneId: string;
}

describe('journey map from the keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'en-US', width: 1280, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Tab to the canvas, add cards, arrow between them, edit in Chinese, connect with C', async () => {
    const { page } = browser;
    const NAME = 'Journey keyboard e2e';
    const journey = () => workspaceOnDisk(NAME).journeys[0];
    const cards = (): CardJson[] => journey().cards;
    const live = page.getByTestId('journey-live');
    const canvasFocused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'journey-canvas');

    // Setup through the ordinary forms.
    await page.goto(host.url);
    await createBlankWorkshop(page, NAME);
    await page.getByRole('button', { name: 'Journeys' }).click();
    await page.getByLabel('Journey name').fill('Keyboard journey');
    await page.locator('input[name=preset][value=journeyMap]').check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    const [s1, s2] = journey().stages;
    const lane1 = journey().lanes[0];

    // From here on only the keyboard. Tab until the canvas has focus.
    for (let i = 0; i < 60 && !(await canvasFocused()); i++) await page.keyboard.press('Tab');
    expect(await canvasFocused()).toBe(true);

    // N with no card and the pointer never on the map: the first cell.
    await page.keyboard.press('n');
    await page.getByTestId('card-editor').waitFor();
    await page.keyboard.type('A');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(cards()).toMatchObject([{ text: 'A', stageId: s1.id, laneId: lane1.id }]);
    expect(await canvasFocused()).toBe(true);
    // N with a card selected: the selected card's cell; Alt+→ moves it to the next stage.
    await page.keyboard.press('n');
    await page.getByTestId('card-editor').waitFor();
    await page.keyboard.type('B');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    await page.keyboard.press('Alt+ArrowRight');
    await waitSaved(page);
    await page.keyboard.press('n');
    await page.getByTestId('card-editor').waitFor();
    await page.keyboard.type('C');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    const [a, b, c] = ['A', 'B', 'C'].map((text) => cards().find((x) => x.text === text)!);
    expect([a.stageId, b.stageId, c.stageId]).toEqual([s1.id, s2.id, s2.id]);
    expect(c.laneId).toBe(lane1.id);

    // Escape clears the selection; an arrow key then selects the first card, and walks from there.
    await page.keyboard.press('Escape');
    await expect.poll(() => live.textContent()).toBe('');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => live.textContent()).toBe(`${s1.name} · ${lane1.name}: A`);
    await page.keyboard.press('ArrowLeft'); // the edge: stays
    await expect.poll(() => live.textContent()).toBe(`${s1.name} · ${lane1.name}: A`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe(`${s2.name} · ${lane1.name}: B`);
    await page.keyboard.press('ArrowDown'); // the card stacked below in the same cell
    await expect.poll(() => live.textContent()).toBe(`${s2.name} · ${lane1.name}: C`);

    // Enter edits the selected card: Chinese text, Enter commits.
    await page.keyboard.press('Enter');
    await page.getByTestId('card-editor').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('到店试驾');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(cards().find((x) => x.id === c.id)!.text).toBe('到店试驾');
    expect(await canvasFocused()).toBe(true);
    await expect.poll(() => live.textContent()).toBe(`${s2.name} · ${lane1.name}: 到店试驾`);

    // C starts an arrow from the selected card; Escape cancels without one.
    await page.keyboard.press('ArrowUp'); // B
    await page.keyboard.press('c');
    await expect.poll(() => live.textContent()).toContain('Connect from');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await expect.poll(() => live.textContent()).toBe(`${s2.name} · ${lane1.name}: B`);
    expect(journey().connectors).toEqual([]);

    // A → B: select A, C, arrow to B, Enter.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => live.textContent()).toBe(`${s1.name} · ${lane1.name}: A`);
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toContain('Arrow to');
    await screenshot(page, 'journey-keyboard-connect');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(journey().connectors).toMatchObject([{ from: a.id, to: b.id }]);

    // Tab with nothing selected selects the first card; the next Tab leaves the canvas (no trap).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect.poll(() => live.textContent()).toBe(`${s1.name} · ${lane1.name}: A`);
    expect(await canvasFocused()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await canvasFocused()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await canvasFocused()).toBe(true);

    // The help overlay lists the new keys.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard and mouse' }).getByText('Move between cards').waitFor();
    await page.keyboard.press('Escape');
    expect(browser.errors).toEqual([]);
  });
});
