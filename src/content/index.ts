/**
 * Content script, injected into every http(s) page at document_idle. At load it only runs the small
 * detector and reports the verdict (for the badge). Everything else happens when the popup asks.
 * It listens to the extension only: never to window.postMessage or page events.
 */
import { detectPage } from '../core/detect/detect-page';
import {
  LIMITS,
  PORTS,
  clampText,
  parseContentMessage,
  type PageDetection,
  type PageReply,
} from '../messaging/protocol';
import { clearHighlights, endHighlightSession, highlight } from './highlight';

/**
 * The page-load script keeps to the promise-based `runtime` API that Chrome MV3 and Firefox both
 * provide natively, instead of bundling webextension-polyfill (10 KB) into every page.
 */
const runtime = ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime;
const REDETECT_DELAY_MS = 800;

function detect(): PageDetection {
  const d = detectPage(document);
  return { isArabic: d.isArabic, isArticle: d.isArticle, confidence: Math.round(d.confidence * 100) / 100 };
}

let last: PageDetection = detect();
/** Set once this document was reported as an article, so a later "not an article" clears the badge. */
let reported = false;
/**
 * Only Arabic articles are reported (for the badge): ordinary pages never wake the background. A new
 * page load resets the tab's badge by itself (Chrome and Firefox clear tab-specific badge text on navigation).
 */
function report() {
  const show = last.isArabic && last.isArticle;
  if (!show && !reported) return;
  reported = show;
  runtime.sendMessage({ type: 'page-detected', detection: last }).catch(() => {
    /* background reloading */
  });
}
report();

/** Re-detect after same-document navigations (single-page news sites). */
let href = location.href;
let timer: ReturnType<typeof setTimeout> | undefined;
function onMaybeNavigated() {
  if (location.href === href) return;
  href = location.href;
  endHighlightSession();
  clearTimeout(timer);
  timer = setTimeout(() => {
    last = detect();
    report();
  }, REDETECT_DELAY_MS);
}
const nav = (globalThis as { navigation?: EventTarget }).navigation;
if (nav) nav.addEventListener('navigatesuccess', onMaybeNavigated);
else setInterval(onMaybeNavigated, 1500);
addEventListener('popstate', onMaybeNavigated);

/** The page (or selection) for the popup, every field clamped to the protocol's limits so the reply always validates. */
function pageReply(mode: 'page' | 'selection'): PageReply {
  const reply: PageReply = {
    ok: true,
    url: clampText(location.href, LIMITS.MAX_URL_CHARS),
    title: clampText(document.title, LIMITS.MAX_TITLE_CHARS),
    lang: clampText(document.documentElement.lang, LIMITS.MAX_LANG_CHARS),
    detection: (last = detect()),
  };
  if (mode === 'selection') {
    reply.selection = clampText(getSelection()?.toString(), LIMITS.MAX_HTML_CHARS);
  } else {
    const html = document.documentElement.outerHTML;
    reply.html = clampText(html, LIMITS.MAX_HTML_CHARS);
    reply.htmlTruncated = reply.html.length < html.length;
  }
  return reply;
}

/** Answers the extension's requests. Synchronous replies through sendResponse work in every browser. */
runtime.onMessage.addListener(
  (raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== runtime.id) return false;
    const msg = parseContentMessage(raw);
    if (!msg) return false;
    switch (msg.type) {
      case 'get-page':
        sendResponse(pageReply(msg.mode));
        break;
      case 'highlight-sentence':
        sendResponse({ ok: true, found: highlight('sentence', [msg.text], msg.color, true) });
        break;
      case 'highlight-entity':
        sendResponse({ ok: true, found: highlight('entity', msg.variants, msg.color, true) });
        break;
      case 'clear-highlights':
        clearHighlights();
        sendResponse({ ok: true });
        break;
    }
    return false;
  },
);

/** While a Khulasa popup is open it holds a port to this page; when it closes, highlights and the text index go. */
runtime.onConnect.addListener((port: chrome.runtime.Port) => {
  if (port.name !== PORTS.POPUP || port.sender?.id !== runtime.id) return;
  port.onDisconnect.addListener(() => endHighlightSession());
});
