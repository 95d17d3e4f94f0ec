/** The toolbar badge: shows «ع» on tabs whose page the content script judged an Arabic news article. */
import { ext } from '../platform/extension-api';
import type { PageDetection } from '../messaging/protocol';

export const BADGE = { text: 'ع', color: '#0f766e' } as const;

export async function showDetection(tabId: number, d: PageDetection, enabled: boolean): Promise<void> {
  const on = enabled && d.isArabic && d.isArticle;
  await ext.action.setBadgeText({ tabId, text: on ? BADGE.text : '' });
  if (on) await ext.action.setBadgeBackgroundColor({ tabId, color: BADGE.color });
  await ext.action.setTitle({ tabId, title: ext.i18n.getMessage(on ? 'actionTitleDetected' : 'actionTitle') });
}
