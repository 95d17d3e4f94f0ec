/**
 * Everything the popup does with its tab: find the tab, ask the content script for the page or the
 * selection, and run the core pipeline on it. No UI here.
 */
import browser from 'webextension-polyfill';
import { analyzeWith, type Analysis } from '../core/pipeline';
import { loadKeyEntities } from '../core/entities/load-key-entities';
import { wordCount } from '../core/text';
import { articleText, extractWithFallback, MIN_ARTICLE_WORDS, popupVerdict } from '../core/analyze-page';
import type { ExtractedArticle } from '../core/extract/extract-article';
import type { Tagger } from '../core/entities/tagger';
import {
  REPLY_TIMEOUT_MS,
  parseReply,
  type Message,
  type PageReply,
  type ReplyByType,
  type SummaryMode,
} from '../messaging/protocol';
import { withoutEventHandlers } from './inert-html';

export interface Target {
  tabId: number;
  mode: SummaryMode;
}

export type Outcome =
  | {
      kind: 'ready';
      analysis: Analysis;
      article: Pick<ExtractedArticle, 'title' | 'byline' | 'siteName' | 'published' | 'truncated'>;
      url: string;
      mode: SummaryMode;
      /** the page was not called a news article */ unsure?: boolean;
    }
  | { kind: 'not-article'; detection: PageReply['detection'] }
  | { kind: 'cannot-read' }
  /** the tab is still loading its page: the content script is not there yet */
  | { kind: 'page-loading' }
  /** the page answered, but not with a well-formed reply */
  | { kind: 'bad-reply' }
  | { kind: 'too-short' }
  | { kind: 'empty-selection' }
  /** no answer within REPLY_TIMEOUT_MS, from the page or from the extension's background */
  | { kind: 'timeout'; from: 'page' | 'background' }
  | { kind: 'error'; message: string };

export class TimeoutError extends Error {}

/** No state may wait forever: every request to another context goes through this. */
export function withTimeout<T>(p: Promise<T>, ms = REPLY_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new TimeoutError('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

export class BadReplyError extends Error {}

/** Sends a request to the tab's content script; the reply is validated like any incoming message. */
export async function sendToTab<T extends Message['type']>(
  tabId: number,
  msg: Extract<Message, { type: T }>,
): Promise<ReplyByType[T]> {
  const reply = parseReply(msg.type as T, await withTimeout(browser.tabs.sendMessage(tabId, msg)));
  if (!reply) throw new BadReplyError(`malformed reply to ${msg.type}`);
  return reply;
}

/** Sends a request to the extension's background, with the same timeout and validation. */
export async function sendToBackground<T extends Message['type']>(
  msg: Extract<Message, { type: T }>,
): Promise<ReplyByType[T]> {
  const reply = parseReply(msg.type as T, await withTimeout(browser.runtime.sendMessage(msg)));
  if (!reply) throw new BadReplyError(`malformed reply to ${msg.type}`);
  return reply;
}

/** Why the page did not answer: still loading (the content script comes at document_idle), or not readable at all. */
async function noAnswer(tabId: number): Promise<Outcome> {
  const tab = await withTimeout(browser.tabs.get(tabId)).catch(() => null);
  return tab?.status === 'loading' ? { kind: 'page-loading' } : { kind: 'cannot-read' };
}

/** The tab to summarize: ?tabId=…&mode=… (summary window, tests), else the active tab. */
export async function resolveTarget(search: string): Promise<Target | null> {
  const q = new URLSearchParams(search);
  const mode: SummaryMode = q.get('mode') === 'selection' ? 'selection' : 'page';
  const id = Number(q.get('tabId'));
  if (q.has('tabId') && Number.isInteger(id) && id >= 0) return { tabId: id, mode };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { tabId: tab.id, mode } : null;
}

/** Reads the page (or selection) and analyses it. `force` summarizes even non-articles. */
/** `tagger` is awaited only right before analysis, so the model chunk loads while the page is read. */
export async function summarize(target: Target, taggerP: Promise<Tagger>, force: boolean): Promise<Outcome> {
  let reply: ReplyByType['get-page'];
  try {
    reply = await sendToTab(target.tabId, { type: 'get-page', mode: target.mode });
  } catch (e) {
    if (e instanceof TimeoutError) return { kind: 'timeout', from: 'page' };
    if (e instanceof BadReplyError) return { kind: 'bad-reply' };
    return noAnswer(target.tabId);
  }
  if (!reply.ok) return { kind: 'cannot-read' };

  if (target.mode === 'selection') {
    let text = reply.selection ?? '';
    if (!text.trim()) {
      // the context menu's copy of the selection, kept by the background (the page's own may be gone)
      try {
        text = (await sendToBackground({ type: 'get-pending-selection', tabId: target.tabId })).text;
      } catch (e) {
        if (e instanceof TimeoutError) return { kind: 'timeout', from: 'background' };
        text = '';
      }
    }
    if (!text.trim()) return { kind: 'empty-selection' };
    if (wordCount(text) < MIN_ARTICLE_WORDS / 2) return { kind: 'too-short' };
    const analysis = analyzeWith({ text }, { tagger: await taggerP }, await loadKeyEntities());
    return {
      kind: 'ready',
      analysis,
      article: { title: reply.title, truncated: false },
      url: reply.url,
      mode: 'selection',
    };
  }

  const doc = new DOMParser().parseFromString(withoutEventHandlers(reply.html ?? ''), 'text/html');
  // an Arabic prose block is summarized even when the detector is unsure (see popupVerdict)
  const verdict = popupVerdict(doc, reply.detection);
  if (!force && verdict === 'not-article') return { kind: 'not-article', detection: reply.detection };
  const article = extractWithFallback(doc, reply.url);
  if (!article) return force ? { kind: 'too-short' } : { kind: 'not-article', detection: reply.detection };
  const analysis = analyzeWith(articleText(doc, article), { tagger: await taggerP }, await loadKeyEntities());
  return {
    kind: 'ready',
    analysis,
    article: {
      title: article.title || reply.title,
      byline: article.byline,
      siteName: article.siteName,
      published: article.published,
      truncated: article.truncated || !!reply.htmlTruncated,
    },
    url: reply.url,
    mode: 'page',
    unsure: verdict !== 'article',
  };
}
