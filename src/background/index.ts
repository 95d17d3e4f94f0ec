/**
 * Background (a service worker in Chrome, an event page in Firefox): badge, context menu, keyboard shortcut. It does no text analysis
 * (that runs in the popup, on demand) and keeps nothing read from pages. A page load wakes it (the badge), so it uses
 * the browser's own promise-based API (src/platform/extension-api.ts), not webextension-polyfill.
 * The e2e build adds test hooks in its own entry (test/e2e/background-with-hooks.ts); this one has none.
 */
import { ext, type MessageSender } from '../platform/extension-api';
import { parseBackgroundMessage } from '../messaging/protocol';
import { loadSettings } from '../settings/settings';
import { showDetection } from './badge';
import { createContextMenus, onContextMenuClick } from './context-menu';
import { onCommand } from './keyboard-shortcut';
import { takeSelection } from './pending-selection';

ext.runtime.onInstalled.addListener(() => {
  if (ext.contextMenus) void createContextMenus();
});
// Menus and commands do not exist everywhere (Firefox for Android): register them where they do.
ext.contextMenus?.onClicked.addListener((info, tab) => {
  void onContextMenuClick(info, tab);
});
ext.commands?.onCommand.addListener((command, tab) => {
  void onCommand(command, tab);
});

// Replies go through sendResponse (returning a promise from the listener is not supported by every MV3 browser).
ext.runtime.onMessage.addListener((raw: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
  if (sender.id !== ext.runtime.id) return undefined;
  const msg = parseBackgroundMessage(raw);
  if (!msg) return undefined;
  if (msg.type === 'get-pending-selection') {
    sendResponse({ ok: true, text: takeSelection(msg.tabId) });
    return undefined;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  loadSettings()
    .then((s) => showDetection(tabId, msg.detection, s.showBadge))
    .then(
      () => sendResponse({ ok: true }),
      () => sendResponse(undefined),
    ); // e.g. the tab closed meanwhile
  return true; // the reply comes later
});
