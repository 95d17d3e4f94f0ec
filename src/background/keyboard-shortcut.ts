/** The «summarize» keyboard command (suggested Alt+Shift+S): the summary of the current tab. */
import browser from 'webextension-polyfill';
import { openSummaryWindow } from './summary-window';

export const COMMAND_SUMMARIZE = 'summarize';

export async function onCommand(command: string, tab?: browser.Tabs.Tab): Promise<void> {
  if (command !== COMMAND_SUMMARIZE) return;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id !== undefined && target.id >= 0) await openSummaryWindow(target.id, 'page');
}
