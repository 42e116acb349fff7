import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, createBlankWorkshop, openBrowser, screenshot, startHost, waitSaved, workspaceOnDisk as onDisk, type Browser, type Host } from './harness';

/**
 * The journey map in real Chromium, driven with real mouse events on the canvas. The page is opened
 * with `canvasTestHooks`, which makes the canvas publish read-only geometry (where a card, cell,
 * header or emotion point is drawn) on `window.__touchstoneCanvas`; without the flag it does not exist.
 */
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

let host: Host;

beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host?.stop();
});

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
type Geometry = {
  viewport(): { scale: number; tx: number; ty: number };
  card(id: string): Box | null;
  cell(stageId: string, laneId: string): Box | null;
  stageHeader(id: string): Box | null;
  laneLabel(id: string): Box | null;
  emotionPoint(laneId: string, stageId: string, curve?: 'asIs' | 'toBe'): { x: number; y: number; value: number | null; step: number } | null;
  handle(cardId: string): { x: number; y: number } | null;
};

/** Calls a read-only geometry function of the canvas. */
function geo<K extends keyof Geometry>(page: Page, fn: K, ...args: Parameters<Geometry[K]>): Promise<ReturnType<Geometry[K]>> {
  return page.evaluate(
    ([fn, args]) => {
      const g = (window as unknown as { __touchstoneCanvas?: Record<string, (...a: unknown[]) => unknown> }).__touchstoneCanvas;
      if (!g) throw new Error('canvas test hooks missing');
      return g[fn as string](...(args as unknown[]));
    },
    [fn, args] as const,
  ) as Promise<ReturnType<Geometry[K]>>;
}

const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, button: 'left' | 'middle' = 'left') {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up({ button });
}

const workspaceOnDisk = (name: string) => onDisk(host, name);

describe('journey map canvas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'en-US', width: 1280, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stage, card, drag between stages, connect, emotion point, zoom and pan, undo a drag, reload', async () => {
    const { page } = browser;
    const NAME = 'Journey canvas e2e';
    const journey = () => workspaceOnDisk(NAME).journeys[0];
    await page.goto(`${host.url}&canvasTestHooks=1`);
    await createBlankWorkshop(page, NAME);
    await page.getByRole('button', { name: 'Journeys' }).click();

    // A new journey from the "journey map" preset.
    await page.getByLabel('Journey name').fill('会员续费旅程');
    await page.locator('input[name=preset][value=journeyMap]').check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await waitSaved(page);
    expect(journey().name).toBe('会员续费旅程');
    expect(journey().stages).toHaveLength(7);
    expect(journey().lanes.map((l: { type: string }) => l.type)).toEqual([
      'customerActions',
      'touchpoints',
      'thoughts',
      'emotions',
      'painPoints',
      'opportunities',
      'metrics',
    ]);
    await screenshot(page, 'journey-new-en');

    // Add a stage from the toolbar.
    await page.getByRole('button', { name: '＋ Stage' }).click();
    await waitSaved(page);
    expect(journey().stages).toHaveLength(8);
    expect(journey().stages[7].name).toBe('Stage 8');
    await page.keyboard.press('Home'); // the new stage was scrolled into view; back to the first one

    // Add two cards by double-clicking cells: the inline editor, typed text, Enter.
    const j0 = journey();
    const [s1, s2, s3] = j0.stages;
    const actions = j0.lanes[0];
    const emotions = j0.lanes[3];
    await page.mouse.dblclick(...xy(centre((await geo(page, 'cell', s1.id, actions.id))!)));
    const editor = page.getByTestId('card-editor');
    await editor.waitFor();
    await page.keyboard.type('在官网比较三款手环');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(journey().cards).toMatchObject([{ stageId: s1.id, laneId: actions.id, text: '在官网比较三款手环', type: 'action' }]);
    const a = journey().cards[0].id as string;

    await page.mouse.dblclick(...xy(centre((await geo(page, 'cell', s2.id, actions.id))!)));
    await editor.waitFor();
    // IME: Enter while a composition is open belongs to the input method, not to the editor.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'xia', selectionStart: 3, selectionEnd: 3 });
    await page.keyboard.press('Enter');
    expect(await editor.isVisible()).toBe(true);
    await cdp.send('Input.insertText', { text: '下单' });
    await page.keyboard.type('购买');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(journey().cards.map((c: { text: string }) => c.text)).toEqual(['在官网比较三款手环', '下单购买']);
    const b = journey().cards[1].id as string;

    // Drag the first card from stage 1 to stage 3 with the mouse.
    const cardBox = (await geo(page, 'card', a))!;
    const target = (await geo(page, 'cell', s3.id, actions.id))!;
    await drag(page, centre(cardBox), { x: target.x + target.w / 2, y: target.y + 40 });
    await waitSaved(page);
    expect(journey().cards.find((c: { id: string }) => c.id === a).stageId).toBe(s3.id);
    await screenshot(page, 'journey-after-drag');

    // Connect: select card b, drag its handle onto card a.
    await page.mouse.click(...xy(centre((await geo(page, 'card', b))!)));
    const handle = (await geo(page, 'handle', b))!;
    await drag(page, handle, centre((await geo(page, 'card', a))!));
    await waitSaved(page);
    expect(journey().connectors).toMatchObject([{ from: b, to: a }]);

    // Drag an emotion point of stage 2 up by two steps: +2.
    const point = (await geo(page, 'emotionPoint', emotions.id, s2.id))!;
    expect(point.value).toBeNull();
    await drag(page, point, { x: point.x, y: point.y - 2 * point.step });
    await waitSaved(page);
    expect(journey().lanes[3].asIs).toEqual([{ stageId: s2.id, value: 2 }]);
    await screenshot(page, 'journey-connected-emotion');

    // Zoom with the wheel and the buttons, pan with space+drag and the middle mouse button.
    const canvasBox = (await page.getByTestId('journey-canvas').boundingBox())!;
    const mid = { x: canvasBox.x + canvasBox.width / 2, y: canvasBox.y + canvasBox.height / 2 };
    const v0 = await geo(page, 'viewport');
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await geo(page, 'viewport')).scale).toBeGreaterThan(v0.scale * 1.3);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    const v1 = await geo(page, 'viewport');
    expect(v1.scale).toBeLessThan((await geo(page, 'viewport')).scale + 1e-9);
    await page.getByTestId('journey-canvas').focus();
    await page.keyboard.down('Space');
    await drag(page, mid, { x: mid.x - 200, y: mid.y - 100 });
    await page.keyboard.up('Space');
    const v2 = await geo(page, 'viewport');
    expect(v2.tx).toBeCloseTo(v1.tx - 200, 0);
    expect(v2.ty).toBeCloseTo(v1.ty - 100, 0);
    await drag(page, mid, { x: mid.x + 150, y: mid.y + 60 }, 'middle');
    const v3 = await geo(page, 'viewport');
    expect(v3.tx).toBeCloseTo(v2.tx + 150, 0);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(journey().cards).toHaveLength(2); // view changes never touch the document

    // One drag is one undo step.
    const before = journey().cards.find((c: { id: string }) => c.id === b).stageId;
    const s4cell = (await geo(page, 'cell', j0.stages[3].id, j0.lanes[1].id))!;
    await drag(page, centre((await geo(page, 'card', b))!), centre(s4cell));
    await waitSaved(page);
    expect(journey().cards.find((c: { id: string }) => c.id === b)).toMatchObject({ stageId: j0.stages[3].id, laneId: j0.lanes[1].id });
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(journey().cards.find((c: { id: string }) => c.id === b)).toMatchObject({ stageId: before, laneId: actions.id });

    // Reload: everything is there, drawn where the model says.
    await page.reload();
    await page.getByTestId('journey-canvas').waitFor();
    await expect.poll(() => geo(page, 'card', a).catch(() => null)).not.toBeNull();
    const after = journey();
    expect(after.stages).toHaveLength(8);
    expect(after.cards.find((c: { id: string }) => c.id === a).stageId).toBe(s3.id);
    expect(after.connectors).toHaveLength(1);
    expect(after.lanes[3].asIs).toEqual([{ stageId: s2.id, value: 2 }]);
    expect((await geo(page, 'emotionPoint', emotions.id, s2.id))!.value).toBe(2);
    await screenshot(page, 'journey-after-reload');
    expect(browser.errors).toEqual([]);
  });

  it('without the query flag the canvas publishes no test hooks', async () => {
    const { page } = browser;
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/journeys$/);
    await page.goto(host.url + hash);
    await page.getByTestId('journey-canvas').waitFor();
    expect(await page.evaluate(() => 'window.__touchstoneCanvas' in window && (window as { __touchstoneCanvas?: unknown }).__touchstoneCanvas !== undefined)).toBe(false);
  });
});

describe('editing like a design tool', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'en-US', width: 1280, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marquee, duplicate, delete, copy/paste, rename and resize a stage, reorder lanes, context menu, panel, to-be curve', async () => {
    const { page } = browser;
    const NAME = 'Design tool e2e';
    const journey = () => workspaceOnDisk(NAME).journeys[0];
    const cards = () => journey().cards as { id: string; stageId: string; laneId: string; text: string }[];
    await page.goto(`${host.url}&canvasTestHooks=1`);
    await createBlankWorkshop(page, NAME);
    await page.getByRole('button', { name: 'Journeys' }).click();
    await page.locator('input[name=preset][value=serviceBlueprint]').check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await page.getByRole('button', { name: 'Properties' }).click(); // more room for the map
    await waitSaved(page);
    const j0 = journey();
    const [s1, s2] = j0.stages;
    const [evidence, actions, front] = j0.lanes;

    // Three cards through the keyboard: N opens the editor in the current cell.
    await page.mouse.click(...xy(centre((await geo(page, 'cell', s1.id, actions.id))!)));
    for (const text of ['Opens the app', 'Reads the offer', 'Calls the hotline']) {
      await page.keyboard.press('n');
      await page.getByTestId('card-editor').waitFor();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await waitSaved(page);
    }
    expect(cards().map((c) => c.text)).toEqual(['Opens the app', 'Reads the offer', 'Calls the hotline']);

    // Marquee over the first two cards, then Ctrl+D duplicates them right after their originals.
    const c1 = (await geo(page, 'card', cards()[0].id))!;
    const c2 = (await geo(page, 'card', cards()[1].id))!;
    await drag(page, { x: c1.x - 6, y: c1.y - 6 }, { x: c2.x + 30, y: c2.y + 30 });
    await page.keyboard.press('Control+d');
    await waitSaved(page);
    expect(cards().map((c) => c.text)).toEqual(['Opens the app', 'Opens the app', 'Reads the offer', 'Reads the offer', 'Calls the hotline']);
    // The copies are selected: Delete removes exactly them.
    await page.keyboard.press('Delete');
    await waitSaved(page);
    expect(cards()).toHaveLength(3);

    // Copy a card and paste it into the cell under the pointer.
    await page.mouse.click(...xy(centre((await geo(page, 'card', cards()[2].id))!)));
    await page.keyboard.press('Control+c');
    const frontCell = (await geo(page, 'cell', s2.id, front.id))!;
    await page.mouse.move(...xy(centre(frontCell)));
    await page.keyboard.press('Control+v');
    await waitSaved(page);
    expect(cards()[3]).toMatchObject({ text: 'Calls the hotline', stageId: s2.id, laneId: front.id });

    // Rename a stage in place; widen it by dragging its header's right edge.
    await page.mouse.dblclick(...xy(centre((await geo(page, 'stageHeader', s1.id))!)));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('认知');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(journey().stages[0].name).toBe('认知');
    const header = (await geo(page, 'stageHeader', s1.id))!;
    const scale = (await geo(page, 'viewport')).scale;
    await drag(page, { x: header.x + header.w - 1, y: header.y + 20 }, { x: header.x + header.w - 1 + 120 * scale, y: header.y + 20 });
    await waitSaved(page);
    expect(journey().stages[0].width).toBe(280 + 120);

    // Reorder lanes by dragging a lane label below the next one.
    const label = (await geo(page, 'laneLabel', evidence.id))!;
    const next = (await geo(page, 'laneLabel', actions.id))!;
    await drag(page, { x: label.x + 60, y: label.y + 20 }, { x: next.x + 60, y: next.y + next.h - 10 });
    await waitSaved(page);
    expect(journey().lanes.map((l: { id: string }) => l.id).slice(0, 2)).toEqual([actions.id, evidence.id]);

    // Context menu on a cell: add a card there.
    const cell = (await geo(page, 'cell', s2.id, evidence.id))!;
    await page.mouse.click(...xy(centre(cell)), { button: 'right' });
    await page.getByRole('menuitem', { name: /Add a card here/ }).click();
    await page.keyboard.type('Receipt with QR code');
    await page.keyboard.press('Enter');
    await waitSaved(page);
    expect(cards().at(-1)).toMatchObject({ text: 'Receipt with QR code', stageId: s2.id, laneId: evidence.id, type: 'evidence' });

    // The properties panel edits the selection: channel and moment of truth on the new card.
    await page.getByRole('button', { name: 'Properties' }).click();
    await page.getByLabel('Channel').selectOption('store');
    await page.getByLabel(/Moment of truth/).check();
    await waitSaved(page);
    expect(cards().at(-1)).toMatchObject({ channel: 'store', momentOfTruth: true });
    await screenshot(page, 'journey-design-tool-en');

    // An emotion lane from the toolbar; a score on the as-is curve, then a to-be curve dragged apart from it.
    await page.getByRole('combobox', { name: 'Lane' }).selectOption('emotions');
    await waitSaved(page);
    const emotions = journey().lanes.at(-1);
    expect(emotions).toMatchObject({ type: 'emotions', name: 'Emotions' });
    let p = (await geo(page, 'emotionPoint', emotions.id, s1.id))!;
    await drag(page, p, { x: p.x, y: p.y + p.step });
    await waitSaved(page);
    expect(journey().lanes.at(-1).asIs).toEqual([{ stageId: s1.id, value: -1 }]);
    await page.getByLabel('Show a to-be curve').check();
    await page.getByRole('radio', { name: 'To-be' }).check();
    p = (await geo(page, 'emotionPoint', emotions.id, s1.id, 'toBe'))!;
    await drag(page, p, { x: p.x, y: p.y - 3 * p.step });
    await waitSaved(page);
    expect(journey().lanes.at(-1)).toMatchObject({ asIs: [{ stageId: s1.id, value: -1 }], toBe: [{ stageId: s1.id, value: 2 }] });
    await screenshot(page, 'journey-emotion-to-be-en');
    expect(browser.errors).toEqual([]);
  });
});

describe('a realistic Chinese map, as the room sees it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ locale: 'zh-CN', width: 1280, height: 720 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the EV buyer journey, fits it, shows it at 100 %, exports a 2× PNG', async () => {
    const { page } = browser;
    await page.goto(`${host.url}&canvasTestHooks=1`);
    await page.getByRole('heading', { name: '工作坊', exact: true }).waitFor();
    await page.getByTestId('import-input').setInputFiles(join(FIXTURES, 'journey-ev-zh.touchstone'));
    await page.getByRole('textbox', { name: '工作坊名称' }).waitFor();
    await page.getByRole('button', { name: '旅程地图', exact: true }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await expect.poll(() => geo(page, 'viewport').catch(() => null)).not.toBeNull();

    // Fit the whole map (properties panel closed: the map gets the room).
    await page.getByRole('button', { name: '属性' }).click();
    await page.getByRole('button', { name: '适应窗口' }).click();
    await screenshot(page, 'journey-ev-zh-CN-fit');
    // At 100 %, with a card selected and the panel open, as the facilitator edits it.
    await page.getByRole('button', { name: '属性' }).click();
    await page.getByTestId('journey-canvas').focus();
    await page.keyboard.press('Control+0');
    await page.keyboard.press('Home');
    const ws = JSON.parse(readFileSync(join(FIXTURES, 'journey-ev-zh.touchstone'), 'utf8')).workspace;
    const testDrive = ws.journeys[0].cards.find((c: { text: string }) => c.text === '周末带家人到店试驾');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight'); // Shift+arrows pan; arrows walk between cards
    await page.mouse.click(...xy(centre((await geo(page, 'card', testDrive.id))!)));
    await page.getByRole('heading', { name: '卡片' }).waitFor();
    await screenshot(page, 'journey-ev-zh-CN-100');
    // The emotion lane and the service blueprint below it.
    await page.keyboard.press('Escape');
    await page.mouse.move(700, 450);
    await page.mouse.wheel(0, 250);
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
    await screenshot(page, 'journey-ev-zh-CN-blueprint');

    // The help overlay lists the shortcuts in Chinese.
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: '键盘与鼠标' }).waitFor();
    await screenshot(page, 'journey-help-zh-CN');
    await page.keyboard.press('Escape');

    // PNG of the whole map at 2×.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /PNG/ }).click();
    const file = await download;
    const path = join(ARTIFACTS, 'journey-ev-zh-CN-export.png');
    await file.saveAs(path);
    const png = readFileSync(path);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    await expect.poll(() => page.locator('.journey-notice').textContent()).toContain(`${width} × ${height}`);
    expect(width).toBe(2 * (184 + 280 + 300 + 300 + 280 + 280 + 300 + 280));
    expect(browser.errors).toEqual([]);
  });
});

function xy(p: { x: number; y: number }): [number, number] {
  return [p.x, p.y];
}
