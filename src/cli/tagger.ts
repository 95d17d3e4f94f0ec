/** The CLI's NER tagger: the trained model, the same one the popup loads. */
import type { Tagger } from '../core/entities/tagger';
import { loadTagger } from '../core/entities/load-tagger';

export function loadCliTagger(): Promise<Tagger> {
  return loadTagger();
}
