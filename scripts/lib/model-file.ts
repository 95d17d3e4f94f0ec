/** A NER model file other than the shipped one (a candidate, an experiment), as a tagger. Node only. */
import { readFileSync } from 'node:fs';
import { LinearTagger, decodeModel, type NerModelFile } from '../../src/core/entities/linear-tagger';

export function taggerFromFile(path: string): LinearTagger {
  return new LinearTagger(decodeModel(JSON.parse(readFileSync(path, 'utf8')) as NerModelFile));
}
