/** Right-click menu: «لخّص» on a page, «لخّص النص المحدد» on selected text. */
import { ext, type MenuClickData, type Tab } from '../platform/extension-api';
import { openSummaryWindow } from './summary-window';
import { rememberSelection } from './pending-selection';

export const MENU_IDS = { page: 'khulasa-summarize-page', selection: 'khulasa-summarize-selection' } as const;

export async function createContextMenus(): Promise<void> {
  await ext.contextMenus.removeAll();
  ext.contextMenus.create({
    id: MENU_IDS.page,
    title: ext.i18n.getMessage('menuSummarize'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
  ext.contextMenus.create({
    id: MENU_IDS.selection,
    title: ext.i18n.getMessage('menuSummarizeSelection'),
    contexts: ['selection'],
  });
}

export async function onContextMenuClick(info: MenuClickData, tab?: Tab): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  if (info.menuItemId === MENU_IDS.selection) {
    rememberSelection(tab.id, info.selectionText ?? '');
    await openSummaryWindow(tab.id, 'selection');
  } else if (info.menuItemId === MENU_IDS.page) {
    await openSummaryWindow(tab.id, 'page');
  }
}
