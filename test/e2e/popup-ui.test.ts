/**
 * The popup as a reader sees it: Arabic and English UI, light and dark, length control, highlights,
 * copy, keyboard use, hostile titles. Screenshots go to test/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopup, openTab, screenshot, type Harness } from './harness';

const XSS_TITLE = '<img src=x onerror="document.title=\'pwned\'">';
const XSS_PAGE = (
  body: string,
) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${XSS_TITLE.replace(/</g, '&lt;')}</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article><h1>&lt;img src=x onerror="document.title='pwned'"&gt;</h1>${body}</article></body></html>`;

let h: Harness;
let articleHtml = '';
beforeAll(async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { PAGES } = await import('./harness');
  const article = readFileSync(join(PAGES, 'arabic-article.html'), 'utf8');
  articleHtml = article.slice(article.indexOf('<p>'), article.lastIndexOf('</article>'));
  h = await launch({ pages: { '/xss.html': XSS_PAGE(articleHtml) } });
});
afterAll(async () => {
  await h?.close();
});

async function setSettings(patch: Record<string, unknown>) {
  await h.worker.evaluate((p) => chrome.storage.sync.set(p), patch);
}

async function articlePopup(path = '/arabic-article.html'): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await openTab(h, path);
  const popup = await openPopup(h, tabId);
  await popup.getByTestId('state-ready').waitFor();
  return { page, popup, tabId };
}

describe('popup UI', () => {
  it('renders in Arabic, right to left, in light and dark', async () => {
    await setSettings({ uiLanguage: 'ar' });
    const { page, popup } = await articlePopup();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(await popup.getByRole('radiogroup').getAttribute('aria-label')).toBe('طول الملخص');
    await screenshot(popup, 'popup-article-ar-light');
    const lightBg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const darkBg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBg).toBe('rgb(255, 255, 255)');
    expect(darkBg).not.toBe(lightBg);
    await screenshot(popup, 'popup-article-ar-dark');
    await popup.close();
    await page.close();
  });

  it('renders in English when the options say so', async () => {
    await setSettings({ uiLanguage: 'en' });
    const { page, popup } = await articlePopup();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'en',
      'ltr',
    ]);
    expect(await popup.getByRole('radiogroup').getAttribute('aria-label')).toBe('Summary length');
    await screenshot(popup, 'popup-article-en');
    await setSettings({ uiLanguage: 'auto' });
    await popup.close();
    await page.close();
  });

  it('changes length instantly, without asking the page again', async () => {
    const { page, popup } = await articlePopup();
    const count = () => popup.locator('[data-testid=summary] li').count();
    const medium = await count();
    await popup.locator('[data-length=short]').click();
    const short = await count();
    await popup.locator('[data-length=long]').click();
    const long = await count();
    expect(short).toBeLessThan(medium);
    expect(long).toBeGreaterThan(medium);
    await popup.close();
    await page.close();
  });

  it('sentence click scrolls the page to it and highlights it; closing the popup clears it', async () => {
    const { page, popup } = await articlePopup();
    const last = popup.locator('[data-testid=summary] li').last();
    const text = (await last.textContent())!;
    await last.click();
    await page.waitForFunction(() => CSS.highlights.has('khulasa-sentence'));
    const highlighted = await page.evaluate(() => {
      const hl = CSS.highlights.get('khulasa-sentence')!;
      return [...hl].map((r) => (r as Range).toString()).join('');
    });
    expect(highlighted.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    await page.waitForFunction(() => window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight);
    await popup.close();
    await page.waitForFunction(() => !CSS.highlights.has('khulasa-sentence'));
    await page.close();
  });

  it('entity click highlights its mentions, a second click clears them', async () => {
    const { page, popup } = await articlePopup();
    const chip = popup.locator('[data-testid=entities] .chip', { hasText: 'روسيا' }).first();
    await chip.click();
    await page.waitForFunction(() => CSS.highlights.has('khulasa-entity'));
    const n = await page.evaluate(() => CSS.highlights.get('khulasa-entity')!.size);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await chip.click();
    await page.waitForFunction(() => !CSS.highlights.has('khulasa-entity'));
    await popup.close();
    await page.close();
  });

  it('copies title, summary and URL as plain text and confirms it', async () => {
    const { page, popup } = await articlePopup();
    await popup.getByTestId('copy').click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).not.toBe('');
    expect(await popup.getByTestId('copy-status').textContent()).toBe('Summary copied');
    // read the real clipboard back by pasting into a text field
    await page.bringToFront();
    await page.evaluate(() => {
      const t = document.createElement('textarea');
      t.id = 'paste';
      document.body.prepend(t);
      t.focus();
    });
    await page.keyboard.press('Control+V');
    const clip = await page.evaluate(() => (document.getElementById('paste') as HTMLTextAreaElement).value);
    expect(clip).toContain('روسيا والصين');
    expect(clip).toContain(h.baseUrl + '/arabic-article.html');
    const first = await popup.locator('[data-testid=summary] li').first().textContent();
    expect(clip).toContain(first!);
    await popup.close();
    await page.close();
  });

  it('is usable with the keyboard alone', async () => {
    const { page, popup } = await articlePopup();
    await popup.keyboard.press('Tab');
    const focused = () =>
      popup.evaluate(() => document.activeElement?.getAttribute('data-length') ?? document.activeElement?.tagName);
    expect(await focused()).toBe('short');
    await popup.keyboard.press('Enter');
    expect(await popup.locator('[data-length=short]').getAttribute('aria-checked')).toBe('true');
    // tab forward to the first summary sentence and open it with Enter
    for (let i = 0; i < 10 && (await popup.evaluate(() => document.activeElement?.tagName)) !== 'LI'; i++)
      await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('LI');
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => CSS.highlights.has('khulasa-sentence'));
    for (let i = 0; i < 30 && !(await popup.evaluate(() => document.activeElement?.classList.contains('chip'))); i++)
      await popup.keyboard.press('Tab');
    await popup.keyboard.press(' ');
    await page.waitForFunction(() => CSS.highlights.has('khulasa-entity'));
    await popup.close();
    await page.close();
  });

  it('shows an HTML title literally and runs none of it', async () => {
    const { page, popup } = await articlePopup('/xss.html');
    expect(await popup.getByTestId('title').textContent()).toContain('<img src=x onerror=');
    expect(await popup.locator('main img').count()).toBe(0);
    expect(await popup.title()).not.toBe('pwned');
    await popup.close();
    await page.close();
  });
});
