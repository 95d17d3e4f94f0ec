/** A named-entity tagger: BIO tags over PERS, LOC, ORG, MISC for a sentence of tokens. */
export interface Tagger {
  tag(tokens: string[]): string[];
}
