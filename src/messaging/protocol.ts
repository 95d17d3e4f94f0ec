/**
 * The one message protocol between Khulasa's content script, background and popup.
 * Every incoming message goes through `parseMessage`: anything unknown or malformed is rejected
 * (null), never thrown on.
 */

export type SummaryMode = 'page' | 'selection';

/** What the content script reports about its page (small, sent at page load). */
export interface PageDetection {
  isArabic: boolean;
  isArticle: boolean;
  confidence: number;
}

export type Message =
  /** content → background: the detector's verdict for the sender's tab (badge) */
  | { type: 'page-detected'; detection: PageDetection }
  /** popup → content: the page (HTML for extraction) or the current selection */
  | { type: 'get-page'; mode: SummaryMode }
  /** popup → content: scroll to and highlight this sentence of the article */
  | { type: 'highlight-sentence'; text: string; color: string }
  /** popup → content: highlight every mention of these surface forms */
  | { type: 'highlight-entity'; variants: string[]; color: string }
  /** popup → content: remove Khulasa's highlights */
  | { type: 'clear-highlights' }
  /** popup → background: the selection text the context menu saw for a tab, if any */
  | { type: 'get-pending-selection'; tabId: number };

export type MessageType = Message['type'];

/** Replies, by request type. */
export interface PageReply {
  ok: true;
  url: string;
  title: string;
  lang: string;
  detection: PageDetection;
  /** document.documentElement.outerHTML, for page mode (capped at MAX_HTML_CHARS) */
  html?: string;
  /** true when html was cut at MAX_HTML_CHARS */
  htmlTruncated?: boolean;
  /** the selected text, for selection mode */
  selection?: string;
}
export interface HighlightReply {
  ok: true;
  found: number;
}
export interface PendingSelectionReply {
  ok: true;
  text: string;
}
export interface ErrorReply {
  ok: false;
  error: string;
}

export interface ReplyByType {
  'page-detected': { ok: true };
  'get-page': PageReply | ErrorReply;
  'highlight-sentence': HighlightReply | ErrorReply;
  'highlight-entity': HighlightReply | ErrorReply;
  'clear-highlights': { ok: true };
  'get-pending-selection': PendingSelectionReply;
}

/**
 * Hard limits on what a message may carry. Senders clamp to them (`clampText`); receivers reject
 * anything over them.
 */
export const LIMITS = {
  /** a sentence to highlight; also any one string not limited below */
  MAX_TEXT: 20_000,
  /** surface forms of one entity to highlight, and the length of each */
  MAX_VARIANTS: 50,
  MAX_VARIANT_CHARS: 200,
  /** the page's outerHTML, a selection */
  MAX_HTML_CHARS: 8_000_000,
  MAX_URL_CHARS: 100_000,
  MAX_TITLE_CHARS: 100_000,
  /** `<html lang>`: a BCP 47 tag is far shorter; longer values are cut */
  MAX_LANG_CHARS: 100,
  MAX_ERROR_CHARS: 1000,
} as const;

/** Every request that waits on another context (popup → page, popup → background) gives up after this. */
export const REPLY_TIMEOUT_MS = 8000;

/** Port names. The popup holds POPUP_PORT to its tab while open; on disconnect the page drops its highlights. */
export const PORTS = { POPUP: 'khulasa-popup' } as const;

/** A highlight colour: #rrggbb only (it is written into the page's CSS). */
export const COLOR_RE = /^#[0-9a-f]{6}$/i;
export const isColor = (x: unknown): x is string => typeof x === 'string' && COLOR_RE.test(x);

/**
 * `s` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair; a non-string
 * becomes ''. Senders use it so that what they send always passes the receiver's limits.
 */
export function clampText(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  if (s.length <= max) return s;
  const cut = s.charCodeAt(max - 1) >= 0xd800 && s.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return s.slice(0, cut);
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max: number = LIMITS.MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const hasOnly = (o: Obj, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

function isDetection(x: unknown): x is PageDetection {
  return (
    isObj(x) &&
    isBool(x.isArabic) &&
    isBool(x.isArticle) &&
    isNum(x.confidence) &&
    x.confidence >= 0 &&
    x.confidence <= 1
  );
}

type Validators<T extends MessageType> = { [K in T]: (m: Obj) => boolean };
export type BackgroundMessageType = 'page-detected' | 'get-pending-selection';
export type ContentMessageType = Exclude<MessageType, BackgroundMessageType>;

/**
 * One validator per message type: these two tables are the protocol's schema. Each message has one
 * receiver, and each receiver's table stands alone so that the scripts a page load runs (content script,
 * background) bundle only the validators of what they receive.
 */
const TO_BACKGROUND: Validators<BackgroundMessageType> = {
  'page-detected': (m) => hasOnly(m, ['type', 'detection']) && isDetection(m.detection),
  'get-pending-selection': (m) =>
    hasOnly(m, ['type', 'tabId']) && isNum(m.tabId) && Number.isSafeInteger(m.tabId) && m.tabId >= 0,
};
const TO_CONTENT: Validators<ContentMessageType> = {
  'get-page': (m) => hasOnly(m, ['type', 'mode']) && (m.mode === 'page' || m.mode === 'selection'),
  'highlight-sentence': (m) =>
    hasOnly(m, ['type', 'text', 'color']) && isStr(m.text) && m.text.trim().length > 0 && isColor(m.color),
  'highlight-entity': (m) =>
    hasOnly(m, ['type', 'variants', 'color']) &&
    isColor(m.color) &&
    Array.isArray(m.variants) &&
    m.variants.length > 0 &&
    m.variants.length <= LIMITS.MAX_VARIANTS &&
    m.variants.every((v) => isStr(v, LIMITS.MAX_VARIANT_CHARS) && v.trim().length > 0),
  'clear-highlights': (m) => hasOnly(m, ['type']),
};
const VALIDATORS: Validators<MessageType> = { ...TO_BACKGROUND, ...TO_CONTENT };

function parseWith<T extends MessageType>(validators: Validators<T>, x: unknown): Extract<Message, { type: T }> | null {
  try {
    if (!isObj(x) || typeof x.type !== 'string' || !Object.hasOwn(validators, x.type)) return null;
    return validators[x.type as T](x) ? (x as unknown as Extract<Message, { type: T }>) : null;
  } catch {
    return null;
  }
}

/** Returns the message if it is a well-formed Khulasa message, else null. Never throws. */
export function parseMessage(x: unknown): Message | null {
  return parseWith(VALIDATORS, x);
}

/** A well-formed message for the background (page-detected, get-pending-selection), else null. */
export function parseBackgroundMessage(x: unknown): Extract<Message, { type: BackgroundMessageType }> | null {
  return parseWith(TO_BACKGROUND, x);
}

/** A well-formed message for the content script (get-page, highlight-*, clear-highlights), else null. */
export function parseContentMessage(x: unknown): Extract<Message, { type: ContentMessageType }> | null {
  return parseWith(TO_CONTENT, x);
}

/** Parses a message and checks it is one of the expected types. */
export function parseMessageOf<T extends MessageType>(
  x: unknown,
  types: readonly T[],
): Extract<Message, { type: T }> | null {
  const m = parseMessage(x);
  return m && (types as readonly string[]).includes(m.type) ? (m as Extract<Message, { type: T }>) : null;
}

/** Validators for replies: what comes back is checked as strictly as what comes in. */
const REPLY_VALIDATORS: { [T in MessageType]: (r: Obj) => boolean } = {
  'page-detected': (r) => r.ok === true,
  'get-page': (r) =>
    r.ok === false
      ? isStr(r.error, LIMITS.MAX_ERROR_CHARS)
      : r.ok === true &&
        isStr(r.url, LIMITS.MAX_URL_CHARS) &&
        isStr(r.title, LIMITS.MAX_TITLE_CHARS) &&
        isStr(r.lang, LIMITS.MAX_LANG_CHARS) &&
        isDetection(r.detection) &&
        (r.html === undefined || isStr(r.html, LIMITS.MAX_HTML_CHARS)) &&
        (r.htmlTruncated === undefined || isBool(r.htmlTruncated)) &&
        (r.selection === undefined || isStr(r.selection, LIMITS.MAX_HTML_CHARS)),
  'highlight-sentence': (r) =>
    (r.ok === true && isNum(r.found)) || (r.ok === false && isStr(r.error, LIMITS.MAX_ERROR_CHARS)),
  'highlight-entity': (r) =>
    (r.ok === true && isNum(r.found)) || (r.ok === false && isStr(r.error, LIMITS.MAX_ERROR_CHARS)),
  'clear-highlights': (r) => r.ok === true,
  'get-pending-selection': (r) => r.ok === true && isStr(r.text, LIMITS.MAX_HTML_CHARS),
};

/** Returns the reply if it is well-formed for a request of type `type`, else null. Never throws. */
export function parseReply<T extends MessageType>(type: T, x: unknown): ReplyByType[T] | null {
  try {
    return isObj(x) && REPLY_VALIDATORS[type](x) ? (x as unknown as ReplyByType[T]) : null;
  } catch {
    return null;
  }
}
