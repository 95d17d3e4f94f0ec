/** Every state the popup can be in besides a summary, and the options page, in real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launch, openPopup, openTab, screenshot, waitForBadge, type Harness } from './harness';

const SHORT_ARTICLE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر قصير</title>
<meta property="og:type" content="article"></head><body><article><h1>خبر قصير</h1><p>افتتح الوزير اليوم معرضا للكتاب في العاصمة.</p></article></body></html>`;
/** A page that blocks its own main thread (and so the content script) for 12 s, 1 s after load. */
const FROZEN_PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>صفحة متجمدة</title></head><body><p>صفحة</p>
<script>setTimeout(() => { const end = Date.now() + 12000; while (Date.now() < end) {} }, 1000);</script></body></html>`;

let h: Harness;
beforeAll(async () => {
  h = await launch({ pages: { '/short.html': SHORT_ARTICLE, '/frozen.html': FROZEN_PAGE } });
});
afterAll(async () => {
  await h?.close();
});

describe('popup states', () => {
  it('ends in the summary with no spinner left behind', async () => {
    const { page, tabId } = await openTab(h, '/arabic-article.html');
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.getByTestId('state-ready').waitFor();
    expect(await popup.getByTestId('state-loading').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('browser pages cannot be read', async () => {
    const { page, tabId } = await openTab(h, 'chrome://version');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-cannot-read').waitFor();
    await screenshot(popup, 'popup-cannot-read');
    await popup.close();
    await page.close();
  });

  it('too little text: summarize anyway says so', async () => {
    const { page, tabId } = await openTab(h, '/short.html');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-not-article').waitFor();
    await popup.getByTestId('summarize-anyway').click();
    await popup.getByTestId('state-too-short').waitFor();
    await popup.close();
    await page.close();
  });

  it('selection mode without a selection', async () => {
    const { page, tabId } = await openTab(h, '/english-page.html');
    const popup = await openPopup(h, tabId, 'selection');
    await popup.getByTestId('state-empty-selection').waitFor();
    await popup.close();
    await page.close();
  });

  it('a page that does not answer times out with a message and a retry button', async () => {
    const { page, tabId } = await openTab(h, '/frozen.html');
    await new Promise((r) => setTimeout(r, 1300)); // the page is now frozen
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-timeout').waitFor({ timeout: 15_000 });
    expect(await popup.getByRole('button').count()).toBe(1);
    await popup.close();
    await page.close();
  }, 30_000);
});

describe('options page', () => {
  it('changes apply without reloading: length, language, badge', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.getByTestId('opt-lang').selectOption('ar');
    await options.getByTestId('opt-length').selectOption('short');
    await options.getByTestId('opt-badge').uncheck();
    await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await screenshot(options, 'options-ar');

    const { page, tabId } = await openTab(h, '/arabic-article.html');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await badgeText(h, tabId)).toBe('');
    const popup = await openPopup(h, tabId);
    await popup.getByTestId('state-ready').waitFor();
    expect(await popup.locator('[data-length=short]').getAttribute('aria-checked')).toBe('true');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ar');
    await popup.close();

    await options.getByTestId('opt-badge').check();
    await options.getByTestId('opt-lang').selectOption('auto');
    await options.getByTestId('opt-length').selectOption('medium');
    await page.reload();
    expect(await waitForBadge(h, tabId, 'ع')).toBe('ع');
    await options.close();
    await page.close();
  });
});
