/**
 * Background (a service worker in Chrome, an event page in Firefox): badge, context menu, keyboard shortcut. It does no text analysis
 * (that runs in the popup, on demand) and keeps nothing read from pages.
 */
import browser from 'webextension-polyfill';
import { parseMessageOf } from '../messaging/protocol';
import { loadSettings } from '../settings/settings';
import { showDetection } from './badge';
import { createContextMenus, onContextMenuClick } from './context-menu';
import { onCommand } from './keyboard-shortcut';
import { takeSelection } from './pending-selection';

browser.runtime.onInstalled.addListener(() => { if (browser.contextMenus) void createContextMenus(); });
// Menus and commands do not exist everywhere (Firefox for Android): register them where they do.
browser.contextMenus?.onClicked.addListener((info, tab) => { void onContextMenuClick(info, tab); });
browser.commands?.onCommand.addListener((command, tab) => { void onCommand(command, tab); });

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseMessageOf(raw, ['page-detected', 'get-pending-selection']);
  if (!msg) return undefined;
  if (msg.type === 'page-detected') {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    return loadSettings().then((s) => showDetection(tabId, msg.detection, s.showBadge)).then(() => ({ ok: true }));
  }
  return Promise.resolve({ ok: true, text: takeSelection(msg.tabId) });
});

/** Test hooks: the real handlers, reachable from the service worker's console (e2e tests use them). */
Object.assign(globalThis, { khulasa: { onContextMenuClick, onCommand } });
