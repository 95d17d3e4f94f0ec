/** The toolbar badge: shows «ع» on tabs whose page the content script judged an Arabic news article. */
import browser from 'webextension-polyfill';
import type { PageDetection } from '../messaging/protocol';

export const BADGE = { text: 'ع', color: '#0f766e' } as const;

export async function showDetection(tabId: number, d: PageDetection, enabled: boolean): Promise<void> {
  const on = enabled && d.isArabic && d.isArticle;
  await browser.action.setBadgeText({ tabId, text: on ? BADGE.text : '' });
  if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE.color });
  await browser.action.setTitle({ tabId, title: browser.i18n.getMessage(on ? 'actionTitleDetected' : 'actionTitle') });
}
