/**
 * The Latin alphabet's letters as Arabic news text writes them, in acronyms (BBC → «بي بي سي») and in initials
 * of foreign names («جون إف. كينيدي»). General knowledge of the letters' English names; not taken from any corpus.
 */
export const LATIN_LETTER_NAMES: Record<string, string> = {
  A: 'إيه',
  B: 'بي',
  C: 'سي',
  D: 'دي',
  E: 'إي',
  F: 'إف',
  G: 'جي',
  H: 'إتش',
  I: 'آي',
  J: 'جيه',
  K: 'كيه',
  L: 'إل',
  M: 'إم',
  N: 'إن',
  O: 'أو',
  P: 'بي',
  Q: 'كيو',
  R: 'آر',
  S: 'إس',
  T: 'تي',
  U: 'يو',
  V: 'في',
  W: 'دبليو',
  X: 'إكس',
  Y: 'واي',
  Z: 'زد',
};
