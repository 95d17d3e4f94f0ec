/** The popup's short / medium / long lengths, in sentences, relative to the default length. */
import type { SummaryLength } from './types';
import { defaultSentenceCount } from './summarize/summarize';

export type LengthPreset = 'short' | 'medium' | 'long';
export const LENGTH_PRESETS: readonly LengthPreset[] = ['short', 'medium', 'long'];
/** Multipliers of the default sentence count. */
export const PRESET_FACTORS: Record<LengthPreset, number> = { short: 0.5, medium: 1, long: 2 };

export function presetLength(preset: LengthPreset, sentenceCount: number): SummaryLength {
  const base = defaultSentenceCount(sentenceCount);
  const k = Math.round(base * PRESET_FACTORS[preset]);
  return { sentences: Math.max(Math.min(2, sentenceCount), Math.min(sentenceCount, k)) };
}
