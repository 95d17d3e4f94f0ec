/** The CLI's NER tagger. */
import type { Tagger } from '../core/entities/tagger';
import { ruleTagger } from '../core/entities/rule-tagger';

export async function loadCliTagger(): Promise<Tagger> {
  return ruleTagger;
}
