import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, waitSaved, workspaceOnDisk, screenshot, startHost, tempDir, type Browser, type Host } from './harness';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

let host: Host;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await openBrowser({ locale: 'en-US', width: 1280, height: 720 });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const onDisk = (name: string) => workspaceOnDisk(host, name);

/** Scrolls the section back to its top (or an element into view) before a screenshot. */
const top = (page: Page) => page.locator('main.content').evaluate((el) => el.scrollTo(0, 0));

/** The accessible name of the focused element, to check the keyboard order. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

describe('personas and experience thesis, end to end', () => {
  it('persona with avatar and evidence; thesis with metrics from a CSV; review, approve, edit back to draft; reload', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Workshops' }).waitFor();
    await page.getByRole('button', { name: 'New blank workshop' }).click();
    await page.getByLabel('Workshop name').fill('Wearables CX workshop');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Workshop name' }).waitFor();

    // The team: three of the four key functions, and the CMO who reviews.
    for (const [name, fn] of [
      ['Wang Fang', 'ux'],
      ['Li Qiang', 'customerService'],
      ['Zhang Wei', 'pmo'],
      ['Liu Min', 'other'],
    ]) {
      await page.getByPlaceholder('Name').fill(name);
      await page.locator('.add-member select').selectOption(fn);
      await page.getByRole('button', { name: /Add member/ }).click();
    }
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(4);

    // ── Persona ──────────────────────────────────────────────────────────────
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    await page.getByText('No personas yet').waitFor();
    const newPersona = page.getByRole('textbox', { name: 'Name of the new persona' });
    await newPersona.fill('Fitness-minded professional');
    await newPersona.press('Enter'); // keyboard: Enter submits and opens the editor
    await page.getByRole('heading', { name: 'Fitness-minded professional', level: 1 }).waitFor();
    expect(await focused(page)).toBe('Fitness-minded professional'); // focus moved to the editor

    // A file that is not a picture is refused with a plain message; then a real picture.
    await page.getByTestId('avatar-input').setInputFiles(join(FIXTURES, 'not-a-picture.png'));
    await page.getByRole('alert').filter({ hasText: '“not-a-picture.png” is not a picture Touchstone can read' }).waitFor();
    const huge = join(tempDir('avatar'), 'huge-photo.jpg');
    writeFileSync(huge, Buffer.alloc(11 * 1024 * 1024, 0xff));
    await page.getByTestId('avatar-input').setInputFiles(huge);
    await page.getByRole('alert').filter({ hasText: '“huge-photo.jpg” is 11 MB; pictures up to 10 MB are accepted.' }).waitFor();
    await page.getByTestId('avatar-input').setInputFiles(join(FIXTURES, 'persona-avatar.png'));
    const avatar = page.getByRole('img', { name: 'Picture of Fitness-minded professional' });
    await avatar.waitFor();
    expect(await avatar.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    expect(await page.getByRole('alert').count()).toBe(0);
    const size = await avatar.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([256, 256]);

    await page.getByLabel('Role', { exact: true }).fill('Product manager at a tech company');
    await page.getByLabel('Segment', { exact: true }).fill('High-value members');
    await page.getByLabel('Quote', { exact: true }).fill('I want to know whether my daily workout actually helps.');
    await page.getByRole('checkbox', { name: 'App', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Social media' }).check();

    // Statements with evidence, from the keyboard: type, Tab to the evidence select, choose, Tab on, Enter.
    const goal = page.getByRole('textbox', { name: 'New goal', exact: true });
    await goal.fill('Know how healthy I am, every day');
    await goal.press('Tab');
    expect(await focused(page)).toBe('New goal · Evidence');
    await page.getByRole('combobox', { name: 'New goal · Evidence' }).selectOption('research:interview');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('New goal · Reference');
    await page.keyboard.type('User interviews, March 2026, #4');
    await page.keyboard.press('Enter');
    await page.getByTestId('statements-goals').getByTestId('statement').first().waitFor();

    const need = page.getByRole('textbox', { name: 'New need', exact: true });
    await need.fill('Data I can trust at a glance');
    await need.press('Enter'); // an assumption, the default
    const pain = page.getByRole('textbox', { name: 'New pain', exact: true });
    await pain.fill('Watch and app numbers disagree');
    await page.getByRole('combobox', { name: 'New pain · Evidence' }).selectOption('research:supportLogs');
    await page.getByRole('textbox', { name: 'New pain · Reference' }).fill('Support tickets tagged “sync”');
    await pain.press('Enter');
    await expect.poll(() => page.getByTestId('statement').count()).toBe(3);
    await page.getByTestId('evidence-meter').getByText('67% research-backed').waitFor();
    await top(page);
    await screenshot(page, 'persona-editor-en');

    // A reload keeps the persona open in the editor.
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Fitness-minded professional', level: 1 }).waitFor();
    await page.getByTestId('evidence-meter').getByText('67% research-backed').waitFor();

    // Back to the gallery: the card shows picture and research share; duplicate, reorder, delete, undo.
    await page.getByRole('button', { name: /All personas/ }).click();
    const cards = page.getByTestId('persona-card');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await focused(page)).toBe('Edit Fitness-minded professional');
    await cards.first().getByText('67% research-backed').waitFor();
    await cards.first().getByRole('img', { name: 'Picture of Fitness-minded professional' }).waitFor();
    await page.getByRole('button', { name: 'Duplicate Fitness-minded professional' }).click();
    await expect.poll(() => cards.count()).toBe(2);
    await page.getByRole('button', { name: 'Move Fitness-minded professional (copy) earlier' }).click();
    await expect.poll(() => cards.first().locator('h2').textContent()).toBe('Fitness-minded professional (copy)');
    await page.getByRole('button', { name: 'Delete Fitness-minded professional (copy)' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    expect(await focused(page)).toBe('↶ Undo');
    await page.keyboard.press('Enter'); // undo the delete
    await expect.poll(() => cards.count()).toBe(2);
    await page.getByRole('button', { name: 'Delete Fitness-minded professional (copy)' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    await waitSaved(page);
    await top(page);
    await screenshot(page, 'persona-gallery-en');

    // ── Thesis ───────────────────────────────────────────────────────────────
    await page.getByRole('button', { name: 'Thesis', exact: true }).click();
    await page.getByRole('textbox', { name: 'Title of the new thesis' }).fill('In control of my health');
    await page.getByRole('button', { name: /New thesis/ }).click();
    await page.getByTestId('thesis-editor').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Fitness-minded professional' }).isChecked()).toBe(true);
    expect(await page.getByTestId('thesis-status').textContent()).toBe('Draft');

    // The composed sentence follows every keystroke, in the current language.
    const sentence = page.getByTestId('composed-sentence');
    await page.getByLabel('Customer goal / scenario').pressSequentially('keep track of their fitness and health every day');
    await expect.poll(() => sentence.textContent()).toContain('whose goal is to keep track of their fitness and health every day, we [brand role or promise]');
    await page.getByLabel('Desired feeling').fill('confident and in control');
    await page.getByLabel('Brand role or promise').fill('give them timely, trustworthy insight on any device');
    const composed =
      'For Fitness-minded professional, whose goal is to keep track of their fitness and health every day, we give them timely, trustworthy insight on any device, so that they feel confident and in control.';
    await expect.poll(() => sentence.textContent()).toBe(composed);
    await page.getByRole('button', { name: 'Use as the thesis statement' }).click();
    await expect.poll(() => page.getByLabel('Thesis statement').inputValue()).toBe(composed);

    // Co-authors: the missing key function is named.
    await page.getByRole('checkbox', { name: 'Wang Fang (UX)' }).check();
    await page.getByRole('checkbox', { name: 'Li Qiang (Customer service)' }).check();
    await page.getByRole('checkbox', { name: 'Zhang Wei (PMO / project)' }).check();
    await expect.poll(() => page.getByTestId('missing-functions').textContent()).toContain('Missing from the group: Digital marketing');
    await waitSaved(page);
    await top(page);
    await screenshot(page, 'thesis-editor-en');

    // ── Metrics ──────────────────────────────────────────────────────────────
    const metricsTab = page.getByRole('tab', { name: /Metrics/ });
    await page.getByRole('tab', { name: 'Statement' }).focus();
    await page.keyboard.press('ArrowRight'); // tabs move with the arrow keys
    expect(await metricsTab.getAttribute('aria-selected')).toBe('true');
    await page.getByText('No success metrics yet').waitFor();

    await page.getByRole('combobox', { name: 'Kind of the new metric' }).selectOption('nps');
    await page.getByRole('button', { name: /Add metric/ }).click();
    const nps = page.getByTestId('metric').nth(0);
    await nps.getByRole('button', { name: 'Compute baseline from survey CSV…' }).click();
    await nps.getByTestId('csv-input').setInputFiles(join(FIXTURES, 'member-survey.csv'));
    const result = nps.getByTestId('csv-result');
    await result.getByText('NPS 25').waitFor();
    await result.getByText('Valid responses: 20').waitFor();
    await result.getByText('Promoters 10 · Passives 5 · Detractors 5').waitFor();
    await result.getByText('Blank answers (not counted): 1, in rows 7').waitFor();
    const malformed = await nps.getByTestId('csv-malformed').textContent();
    expect(malformed).toContain('Rows that could not be used: 3');
    expect(malformed).toContain('Row 11: “十” is not a number');
    expect(malformed).toContain('Row 16: “11” is outside the scale');
    expect(malformed).toContain('Row 20: wrong number of columns');
    expect(await nps.getByRole('combobox', { name: 'Column with the answers' }).locator('option:checked').textContent()).toBe(
      '您向朋友或同事推荐我们的可能性有多大？（0-10）',
    );
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'thesis-csv-en');
    await nps.getByRole('button', { name: 'Use as baseline' }).click();
    await expect.poll(() => nps.getByLabel('Baseline').inputValue()).toBe('25');
    await nps.getByTestId('computed-note').getByText(/Valid responses: 20 · unusable rows: 3 · blank answers: 1/).waitFor();

    // Validation by kind, in plain words; submitting waits until it is fixed.
    const npsTarget = nps.getByLabel('Target');
    await npsTarget.fill('140');
    await npsTarget.press('Enter');
    await nps.getByRole('alert').filter({ hasText: 'NPS runs from −100 to 100.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Submit for review' }).isDisabled()).toBe(true);
    await npsTarget.fill('40');
    await npsTarget.press('Enter');
    await nps.getByLabel('Time frame').fill('12 months');
    await nps.getByLabel('Time frame').press('Enter');
    await nps.getByLabel('Owner').selectOption({ label: 'Li Qiang (Customer service)' });

    await page.getByRole('combobox', { name: 'Kind of the new metric' }).selectOption('churn');
    await page.getByRole('button', { name: /Add metric/ }).click();
    const churn = page.getByTestId('metric').nth(1);
    expect(await churn.getByLabel('Direction').inputValue()).toBe('lower');
    expect(await churn.getByLabel('Side').inputValue()).toBe('business');
    await churn.getByLabel('Baseline').fill('18');
    await churn.getByLabel('Baseline').press('Enter');
    await churn.getByLabel('Target').fill('20');
    await churn.getByLabel('Target').press('Enter');
    await churn.getByRole('alert').filter({ hasText: 'Lower is better: the target must be below the baseline.' }).waitFor();
    await churn.getByLabel('Target').fill('12');
    await churn.getByLabel('Target').press('Enter');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    // No journey yet: no touchpoint measures either metric.
    await expect.poll(() => page.getByTestId('unmeasured-flag').count()).toBe(2);
    await waitSaved(page);
    await top(page);
    await screenshot(page, 'thesis-metrics-en');

    // ── Review ───────────────────────────────────────────────────────────────
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => page.getByTestId('thesis-status').textContent()).toBe('In review');
    await page.getByRole('tab', { name: /Review/ }).click();
    await page.getByLabel('About').selectOption({ label: 'Desired feeling' });
    await page.getByRole('combobox', { name: 'Comment as' }).selectOption({ label: 'Liu Min (Other)' });
    await page.getByLabel('Comment', { exact: true }).fill('Use the customers’ own words from the interviews.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await page.getByTestId('comment').getByText('On “Desired feeling”').waitFor();
    await page.getByTestId('comment').getByText(/^Liu Min, /).waitFor();

    // A reload keeps the thesis on the Review tab.
    await waitSaved(page);
    await page.reload();
    await page.getByTestId('comment').getByText('On “Desired feeling”').waitFor();
    expect(await page.getByRole('tab', { name: /Review/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('combobox', { name: 'Reviewer' }).selectOption({ label: 'Liu Min (Other)' });

    // Approve from the keyboard: with a comment still open, approval takes an explicit second step.
    expect(await page.getByRole('combobox', { name: 'Reviewer' }).inputValue()).not.toBe('');
    expect(await page.getByTestId('open-comments').textContent()).toBe('Open comments: 1');
    await page.getByRole('button', { name: /Approve/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('approve-confirm').getByText('Open comments: 1. Approve anyway?').waitFor();
    expect(await page.getByTestId('thesis-status').textContent()).toBe('In review');
    expect(await focused(page)).toBe('✓ Approve anyway');
    await page.keyboard.press('Escape'); // back out: nothing approved, focus back on Approve
    await expect.poll(() => page.getByTestId('approve-confirm').count()).toBe(0);
    expect(await focused(page)).toBe('✓ Approve');
    expect(await page.getByTestId('thesis-status').textContent()).toBe('In review');
    await page.keyboard.press('Enter');
    await page.getByTestId('approve-confirm').waitFor();
    await page.keyboard.press('Enter'); // Approve anyway
    await expect.poll(() => page.getByTestId('thesis-status').textContent()).toBe('Approved');
    await page.getByTestId('review-decided').getByText(/^Approved by Liu Min on /).waitFor();
    // Nothing differs yet: no comparison table, just a line saying so.
    await page.getByTestId('matches-approved').getByText('Matches the approved version.').waitFor();
    expect(await page.getByTestId('approved-comparison').count()).toBe(0);

    // Editing the approved thesis returns it to draft, with the approved version beside the current one.
    await page.getByRole('tab', { name: 'Statement' }).click();
    await page.getByLabel('Desired feeling').fill('reassured and in charge');
    await expect.poll(() => page.getByTestId('thesis-status').textContent()).toBe('Draft');
    await page.getByText('Edited after approval: back to draft.').waitFor();
    await page.getByRole('button', { name: 'Approved version and current version' }).click();
    const compare = page.getByTestId('approved-comparison');
    await compare.waitFor();
    const feelingRow = compare.getByTestId('compare-feeling');
    expect(await feelingRow.locator('td').nth(0).textContent()).toBe('confident and in control');
    expect(await feelingRow.locator('td').nth(1).textContent()).toBe('reassured and in charge');
    await feelingRow.getByText('Changed').waitFor();
    expect(await compare.getByTestId('compare-goal').getByText('Changed').count()).toBe(0);
    await waitSaved(page);
    await compare.scrollIntoViewIfNeeded();
    await screenshot(page, 'thesis-review-en');

    // ── DIRTT ────────────────────────────────────────────────────────────────
    await page.getByRole('tab', { name: 'DIRTT' }).click();
    await page.getByRole('heading', { name: 'Does It Relate To the Thesis?' }).waitFor();
    await page.getByLabel('Decision', { exact: true }).fill('Build an AR unboxing animation');
    await page.getByRole('radio', { name: 'No' }).check();
    await page.getByLabel('Rationale', { exact: true }).fill('Looks good, but does not help customers track their health');
    await page.getByRole('button', { name: /Add decision/ }).click();
    await page.getByTestId('dirtt-unlinked').getByText('Build an AR unboxing animation').waitFor();
    const decisionForm = page.locator('form.decision-form');
    await decisionForm.getByLabel('Decision', { exact: true }).fill('Pairing wizard in the app first');
    await decisionForm.getByLabel('Related metric').selectOption({ label: 'NPS' });
    await page.getByRole('button', { name: /Add decision/ }).click();
    await page.getByTestId('decision').nth(1).getByText('Related metric: NPS').waitFor();
    expect(await page.getByTestId('dirtt-unlinked').getByText('Pairing wizard in the app first').count()).toBe(0);
    const unmeasured = await page.getByTestId('dirtt-unmeasured').textContent();
    expect(unmeasured).toContain('NPS');
    expect(unmeasured).toContain('Churn rate');
    await waitSaved(page);
    await top(page);
    await screenshot(page, 'thesis-dirtt-en');

    // Deleting the thesis offers an undo, focused for the keyboard.
    await page.getByRole('button', { name: 'Delete thesis' }).click();
    await page.getByText('Thesis “In control of my health” was deleted.').waitFor();
    expect(await focused(page)).toBe('↶ Undo');
    await page.keyboard.press('Enter');
    await page.getByTestId('thesis-editor').waitFor();
    await waitSaved(page);

    // ── On disk, and after a reload ──────────────────────────────────────────
    const ws = onDisk('Wearables CX workshop');
    expect(ws.personas).toHaveLength(1);
    expect(ws.personas[0].avatar).toMatch(/^data:image\/jpeg;base64,/);
    expect(ws.personas[0].goals[0].evidence).toEqual({ kind: 'research', source: 'interview', reference: 'User interviews, March 2026, #4' });
    expect(ws.personas[0].needs[0].evidence).toEqual({ kind: 'assumption' });
    const thesis = ws.theses[0];
    expect(thesis.personaIds).toEqual([ws.personas[0].id]);
    expect(thesis.metrics.map((m: { kind: string; baseline: number; target: number }) => [m.kind, m.baseline, m.target])).toEqual([
      ['nps', 25, 40],
      ['churn', 18, 12],
    ]);
    expect(thesis.metrics[0].computed).toMatchObject({ method: 'nps', fileName: 'member-survey.csv', responses: 20, malformedRows: 3, blankAnswers: 1 });
    expect(thesis.review.status).toBe('draft');
    expect(thesis.review.approved.by.name).toBe('Liu Min');
    expect(thesis.review.approved.content.feeling).toBe('confident and in control');
    expect(thesis.comments[0]).toMatchObject({ field: 'feeling', author: { name: 'Liu Min' } });
    expect(thesis.decisions[0]).toMatchObject({ relates: false });
    expect(thesis.decisions[1]).toMatchObject({ relates: true, metricIds: [thesis.metrics[0].id] });

    await page.reload();
    await page.getByTestId('thesis-editor').waitFor();
    expect(await page.getByTestId('thesis-status').textContent()).toBe('Draft');
    await expect.poll(() => page.getByLabel('Desired feeling').inputValue()).toBe('reassured and in charge');
    await page.getByText('Edited after approval: back to draft.').waitFor();
    await page.getByRole('tab', { name: /Review/ }).click();
    expect(await page.getByTestId('approved-comparison').getByTestId('compare-feeling').locator('td').nth(0).textContent()).toBe('confident and in control');
    await page.getByTestId('comment').getByText('Use the customers’ own words from the interviews.').waitFor();
    await page.getByRole('tab', { name: /Metrics/ }).click();
    await expect.poll(() => page.getByTestId('metric').count()).toBe(2);
    expect(await page.getByTestId('metric').nth(0).getByLabel('Baseline').inputValue()).toBe('25');
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    await page.getByTestId('persona-card').getByRole('img', { name: 'Picture of Fitness-minded professional' }).waitFor();
    await page.getByTestId('persona-card').getByText('67% research-backed').waitFor();
    expect(browser.errors).toEqual([]);
  });

  it('a Chinese workshop reads well in zh-CN and en; the sentence follows the language', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /Library/ }).click();
    await page.getByRole('heading', { name: 'Workshops' }).waitFor();
    await page.getByTestId('import-input').setInputFiles(join(FIXTURES, 'wearables-zh.touchstone'));
    await page.getByRole('textbox', { name: 'Workshop name' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');

    await page.getByRole('button', { name: '用户画像', exact: true }).click();
    await expect.poll(() => page.getByTestId('persona-card').count()).toBe(3);
    await page.getByTestId('persona-card').first().getByText('80% 有研究依据').waitFor();
    await screenshot(page, 'persona-gallery-zh-CN');
    await page.getByRole('button', { name: '编辑 健身白领小林' }).click();
    await page.getByRole('heading', { name: '健身白领小林', level: 1 }).waitFor();
    await screenshot(page, 'persona-editor-zh-CN');

    await page.getByRole('button', { name: '体验主张', exact: true }).click();
    const sentence = page.getByTestId('composed-sentence');
    await expect.poll(() => sentence.textContent()).toBe(
      '对于希望每天掌握自己的健康状况的健身白领小林，我们随时随地提供及时、可信的健康洞察，让他们感到安心、有掌控感。',
    );
    expect(await page.getByTestId('thesis-status').textContent()).toBe('审阅中');
    expect(await page.getByTestId('open-comments').textContent()).toBe('未解决的意见：1'); // full-width colon
    await page.getByTestId('missing-functions').getByText('小组中缺少：数字营销').waitFor();
    await screenshot(page, 'thesis-editor-zh-CN');
    await page.getByRole('tab', { name: /指标/ }).click();
    await page.getByTestId('computed-note').first().waitFor();
    await screenshot(page, 'thesis-metrics-zh-CN');
    await page.getByRole('tab', { name: 'DIRTT' }).click();
    await page.getByRole('heading', { name: '它与体验主张相关吗？' }).waitFor();
    // The journey is linked; its hotline touchpoint and the opportunity are linked to no metric;
    // churn is measured by no touchpoint; the AR decision does not relate.
    await page.getByTestId('dirtt-unlinked').getByText('做一个 AR 开箱动画').waitFor();
    await page.getByTestId('dirtt-no-metric').getByText('客服热线').waitFor();
    expect(await page.getByTestId('dirtt-unmeasured').textContent()).toContain('年流失率');
    expect(await page.getByTestId('dirtt-unmeasured').textContent()).not.toContain('会员 NPS');
    await screenshot(page, 'thesis-dirtt-zh-CN');
    // Linking the hotline to the churn metric from the panel: churn is then measured.
    await page.getByRole('combobox', { name: '衡量指标：客服热线' }).selectOption({ label: '年流失率' });
    await page.getByText('每个指标都至少有一个触点在衡量。').waitFor();

    // The same thesis in English: the sentence is recomposed in the current language.
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('tab', { name: 'Statement' }).click();
    await expect.poll(() => sentence.textContent()).toBe(
      'For 健身白领小林, whose goal is to 每天掌握自己的健康状况, we 随时随地提供及时、可信的健康洞察, so that they feel 安心、有掌控感.',
    );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-TW');
    await expect.poll(() => sentence.textContent()).toContain('對於希望每天掌握自己的健康状况的健身白领小林');
    await page.getByRole('combobox', { name: '語言' }).selectOption('en');
    await waitSaved(page);
    expect(browser.errors).toEqual([]);
  });
});
