/** The «summarize» keyboard command (suggested Alt+Shift+S): the summary of the current tab. */
import { ext, type Tab } from '../platform/extension-api';
import { openSummaryWindow } from './summary-window';

export const COMMAND_SUMMARIZE = 'summarize';

export async function onCommand(command: string, tab?: Tab): Promise<void> {
  if (command !== COMMAND_SUMMARIZE) return;
  const target = tab?.id !== undefined ? tab : (await ext.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id !== undefined && target.id >= 0) await openSummaryWindow(target.id, 'page');
}
