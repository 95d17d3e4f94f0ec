/**
 * The extension in a real Chromium: badge, popup, context menu, keyboard command, non-article state.
 * Runs against the built dist/ (npm test builds it first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launch, openPopup, openTab, screenshot, waitForBadge, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('badge', () => {
  it('marks an Arabic news article and not an English page', async () => {
    const ar = await openTab(h, '/arabic-article.html');
    expect(await waitForBadge(h, ar.tabId, 'ع')).toBe('ع');
    const en = await openTab(h, '/english-page.html');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await badgeText(h, en.tabId)).toBe('');
    // navigating the Arabic tab to a non-article clears its badge
    await ar.page.goto(h.baseUrl + '/english-page.html');
    expect(await waitForBadge(h, ar.tabId, '')).toBe('');
    await ar.page.close();
    await en.page.close();
  });
});

describe('single-page sites', () => {
  it('re-detects after history.pushState and popstate', async () => {
    const { page, tabId } = await openTab(h, '/spa.html');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await badgeText(h, tabId)).toBe('');
    await page.click('#open');
    await page.waitForURL('**/spa/article');
    expect(await waitForBadge(h, tabId, 'ع')).toBe('ع');
    await page.goBack();
    expect(await waitForBadge(h, tabId, '')).toBe('');
    await page.close();
  });
});

describe('popup', () => {
  it('shows the summary and the key entities of the article tab', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    const sentences = await popup.locator('[data-testid=summary] li').allTextContents();
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    const pageText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    for (const s of sentences) expect(pageText).toContain(s.replace(/\s+/g, ' '));
    expect(await popup.getByTestId('title').textContent()).toContain('روسيا والصين');
    const entities = await popup.locator('[data-testid=entities] .chip .name').allTextContents();
    expect(entities.join(' ')).toContain('بوتين');
    expect(entities).toContain('روسيا');
    // found by the trained NER model, not the rule fallback
    expect(await popup.getByTestId('entities').getAttribute('data-ner')).toBe('model');
    expect(entities).toContain('ميخائيل ميشوستين');
    await screenshot(popup, 'popup-article-en-light');
    await popup.close();
    await page.close();
  });

  it('says when the page is not an Arabic article, and can summarize anyway', async () => {
    const { page, tabId } = await openTab(h, '/arabic-home.html');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-not-article').waitFor();
    await screenshot(popup, 'popup-not-article');
    await popup.getByTestId('summarize-anyway').click();
    await popup.locator('[data-testid=state-ready], [data-testid=state-too-short]').first().waitFor();
    await popup.close();
    await page.close();
  });
});

describe('context menu and keyboard command', () => {
  it('«لخّص» on a page opens the summary window for that tab', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const opened = h.context.waitForEvent('page');
    await h.worker.evaluate(
      (id) => (globalThis as any).khulasa.onContextMenuClick({ menuItemId: 'khulasa-summarize-page' }, { id }),
      tabId,
    );
    const win = await opened;
    expect(win.url()).toContain(`tabId=${tabId}`);
    await win.getByTestId('state-ready').waitFor();
    expect(await win.locator('[data-testid=summary] li').count()).toBeGreaterThanOrEqual(3);
    await win.close();
    await page.close();
  });

  it('«لخّص النص المحدد» summarizes the selection even on a non-article page', async () => {
    const { page, tabId } = await openTab(h, '/english-page.html');
    const selected = await page.evaluate(() => {
      const p = document.getElementById('arabic-quote')!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return getSelection()!.toString();
    });
    const opened = h.context.waitForEvent('page');
    await h.worker.evaluate(
      ({ id, text }) =>
        (globalThis as any).khulasa.onContextMenuClick(
          { menuItemId: 'khulasa-summarize-selection', selectionText: text },
          { id },
        ),
      { id: tabId, text: selected },
    );
    const win = await opened;
    await win.getByTestId('state-ready').waitFor();
    const sentences = await win.locator('[data-testid=summary] li').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(selected).toContain(s);
    await win.close();
    await page.close();
  });

  it('the keyboard command opens the summary of the current tab', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const opened = h.context.waitForEvent('page');
    await h.worker.evaluate((id) => (globalThis as any).khulasa.onCommand('summarize', { id }), tabId);
    const win = await opened;
    await win.getByTestId('state-ready').waitFor();
    expect(await win.locator('[data-testid=entities] .chip').count()).toBeGreaterThan(0);
    await win.close();
    await page.close();
  });
});
