/**
 * The selection text the context menu reported, kept in memory only for the few seconds until the
 * summary window asks for it (fallback when the page's own selection cannot be read). Never stored.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 20;
const pending = new Map<number, { text: string; at: number }>();

export function rememberSelection(tabId: number, text: string): void {
  pending.delete(tabId);
  pending.set(tabId, { text, at: Date.now() });
  while (pending.size > MAX_ENTRIES) pending.delete(pending.keys().next().value!);
}

export function takeSelection(tabId: number): string {
  const p = pending.get(tabId);
  pending.delete(tabId);
  return p && Date.now() - p.at < TTL_MS ? p.text : '';
}
