/**
 * The popup's short / medium / long lengths, as word budgets (whole sentences, best first, until the budget is
 * reached): the summarizer was trained and measured at the length of an editor's standfirst, so the presets are
 * counted in standfirsts, not in sentences.
 */
import type { SummaryLength } from './types';

export type LengthPreset = 'short' | 'medium' | 'long';
export const LENGTH_PRESETS: readonly LengthPreset[] = ['short', 'medium', 'long'];

/** The median word count of the 1,849 BBC Arabic standfirsts the model learned from (../shared/data/bbc-arabic). */
export const STANDFIRST_WORDS = 22;

/**
 * Each preset: `standfirsts` × STANDFIRST_WORDS words, growing to `share` of a long article, at most `max` words.
 * Short reads like a standfirst (one or two sentences); medium and long add the next best sentences.
 */
export const PRESETS: Record<LengthPreset, { standfirsts: number; share: number; max: number }> = {
  short: { standfirsts: 1, share: 0, max: STANDFIRST_WORDS },
  medium: { standfirsts: 3, share: 0.1, max: 150 },
  long: { standfirsts: 6, share: 0.2, max: 300 },
};

export function presetLength(preset: LengthPreset, articleWords: number): SummaryLength {
  const p = PRESETS[preset];
  const words = Math.max(p.standfirsts * STANDFIRST_WORDS, Math.min(p.max, Math.round(p.share * articleWords)));
  return { words };
}
