/** Reader settings, kept in storage.sync (nothing read from pages is ever stored). */
import { ext } from '../platform/extension-api';
import type { LengthPreset } from '../core/length-presets';
import { isColor } from '../messaging/protocol';

export type UiLanguage = 'auto' | 'ar' | 'en';

export interface Settings {
  summaryLength: LengthPreset;
  uiLanguage: UiLanguage;
  showBadge: boolean;
  highlightColor: string;
}

export const DEFAULT_SETTINGS: Settings = {
  summaryLength: 'medium',
  uiLanguage: 'auto',
  showBadge: true,
  highlightColor: '#ffe066',
};

/** Keeps only known keys with valid values; anything else falls back to the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const o = typeof raw === 'object' && raw ? (raw as Record<string, unknown>) : {};
  return {
    summaryLength: ['short', 'medium', 'long'].includes(o.summaryLength as string)
      ? (o.summaryLength as LengthPreset)
      : DEFAULT_SETTINGS.summaryLength,
    uiLanguage: ['auto', 'ar', 'en'].includes(o.uiLanguage as string)
      ? (o.uiLanguage as UiLanguage)
      : DEFAULT_SETTINGS.uiLanguage,
    showBadge: typeof o.showBadge === 'boolean' ? o.showBadge : DEFAULT_SETTINGS.showBadge,
    highlightColor: isColor(o.highlightColor) ? o.highlightColor : DEFAULT_SETTINGS.highlightColor,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await ext.storage.sync.get(Object.keys(DEFAULT_SETTINGS)));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await ext.storage.sync.set({ ...next });
  return next;
}

/** Calls back with the new settings whenever they change (options page, another device). */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') loadSettings().then(cb);
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}
