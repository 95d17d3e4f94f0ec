/**
 * The context menu and the keyboard shortcut open the summary in a small Khulasa window: browsers do
 * not let an extension open its toolbar popup for a given tab and mode from every handler.
 * The window shows the same popup page, pointed at the tab with ?tabId=…&mode=….
 */
import { ext } from '../platform/extension-api';
import type { SummaryMode } from '../messaging/protocol';

export const SUMMARY_WINDOW = { width: 440, height: 680 } as const;
export const POPUP_PATH = 'src/popup/index.html';

export function summaryUrl(tabId: number, mode: SummaryMode): string {
  return ext.runtime.getURL(`${POPUP_PATH}?tabId=${tabId}&mode=${mode}`);
}

export async function openSummaryWindow(tabId: number, mode: SummaryMode): Promise<void> {
  await ext.windows.create({ url: summaryUrl(tabId, mode), type: 'popup', ...SUMMARY_WINDOW });
}
