/**
 * Lazy loader of the key-name step (./key-entities.ts and its word tables), a chunk of its own in the popup's bundle,
 * imported on the first call only, as the tagger is (./load-tagger.ts): the popup's first paint needs neither. The
 * CLI, the tests and the benchmarks bind it statically through `analyze()` (../analyze.ts) and never import this file.
 */
import type { KeyEntitiesStep } from '../pipeline';
import { lazyOnce } from './load-tagger';

/** The key-name step. Resolves to the same function every call; a failed import is retried by the next call. */
export const loadKeyEntities: () => Promise<KeyEntitiesStep> = lazyOnce(() =>
  import('./key-entities').then((m) => m.keyEntities),
);
