/** A stub tagger for the key-name tests: tags every occurrence of the given word sequences, so merging and
 * display are tested apart from the model. */
import type { Tagger } from '../../../src/core/entities/tagger';

export function stubTagger(spans: [string, string][]): Tagger {
  return {
    tag(tokens) {
      const tags = tokens.map(() => 'O');
      for (const [text, type] of spans) {
        const ws = text.split(' ');
        for (let i = 0; i + ws.length <= tokens.length; i++) {
          if (ws.every((w, k) => tokens[i + k] === w)) ws.forEach((_, k) => (tags[i + k] = (k ? 'I-' : 'B-') + type));
        }
      }
      return tags;
    },
  };
}
