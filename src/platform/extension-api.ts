/**
 * The browser's own extension API, without webextension-polyfill: Firefox's `browser`, else Chrome's `chrome`.
 * In MV3 both return promises for every call made through it. Used by the code a page load wakes (the
 * background, for the badge) and by the settings it reads, where the polyfill's 10 KB would be most of the
 * cost; the popup and options pages keep the polyfill for everything else.
 */
export const ext: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

export type Tab = chrome.tabs.Tab;
export type MenuClickData = chrome.contextMenus.OnClickData;
export type MessageSender = chrome.runtime.MessageSender;
