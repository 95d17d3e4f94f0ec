/**
 * Lazy loader of the trained NER tagger. The model (./model/ner-model.json, 2.3 MB) and the tagger's code
 * (./linear-tagger.ts) are separate chunks in the vite bundle, imported on the first call only — never at page
 * load — and cached in module scope. Works the same under tsx/Node (CLI, tests) and in the browser; no fs, no fetch.
 */
import type { NerModelFile } from './linear-tagger';
import type { Tagger } from './tagger';

/** `load` run on the first call only, its promise cached; a failed load is retried by the next call. */
export function lazyOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () =>
    (cached ??= load().catch((err: unknown) => {
      cached = undefined;
      throw err;
    }));
}

/** The trained tagger (BIO over PERS, LOC, ORG, MISC). Resolves to the same instance every call. */
export const loadTagger: () => Promise<Tagger> = lazyOnce(() =>
  Promise.all([import('./linear-tagger'), import('./model/ner-model.json')]).then(
    ([{ LinearTagger, decodeModel }, m]) =>
      new LinearTagger(decodeModel(((m as { default?: unknown }).default ?? m) as NerModelFile)) as Tagger,
  ),
);
