/**
 * The ONE place where the Firefox build differs from the Chrome build: a pure transform of the built
 * Chrome MV3 manifest (dist/manifest.json) into a Firefox MV3 manifest. The code, pages, content
 * script, menus, command, options and locales are the same files.
 *
 * - background: Firefox MV3 runs background *scripts* (an event page), not a service worker; the same
 *   module loader file is listed under `scripts` with `type: "module"`.
 * - browser_specific_settings.gecko: the add-on id (needed for storage.sync and signing), the lowest
 *   Firefox that has everything used, and the data-collection declaration (Khulasa collects nothing).
 * - Chrome-only manifest keys are dropped; Chrome-only permissions are refused (no fallback exists).
 */

export const GECKO_ID = 'khulasa@khulasa.example';

/**
 * Firefox 140 (ESR): `data_collection_permissions` is read from 140 on; MV3 background `type: "module"`
 * (112), `options_ui.open_in_tab`, `action`, `commands`, `contextMenus`, `storage.sync`, promise-based
 * `browser.*` and install-time MV3 host permissions (127) are all older.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Permissions and manifest keys with no Firefox equivalent: the build fails rather than ship them. */
export const CHROME_ONLY_PERMISSIONS = ['offscreen', 'sidePanel'] as const;
export const CHROME_ONLY_KEYS = ['side_panel', 'minimum_chrome_version', 'update_url', 'key', 'oauth2'] as const;

export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  background?: { service_worker?: string; scripts?: string[]; type?: 'module' | 'classic' };
  permissions?: string[];
};

export function toFirefoxManifest(chromeManifest: Manifest): Manifest {
  if (chromeManifest.manifest_version !== 3)
    throw new Error(`expected a MV3 manifest, got ${chromeManifest.manifest_version}`);
  const m = structuredClone(chromeManifest);

  const bad = (m.permissions ?? []).filter((p) => (CHROME_ONLY_PERMISSIONS as readonly string[]).includes(p));
  if (bad.length) throw new Error(`Chrome-only permissions have no Firefox fallback: ${bad.join(', ')}`);
  for (const key of CHROME_ONLY_KEYS) delete m[key];

  if (m.background) {
    const { service_worker, scripts, ...rest } = m.background;
    const all = [...(scripts ?? []), ...(service_worker ? [service_worker] : [])];
    m.background = { scripts: [...new Set(all)], ...rest };
  }

  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads data_collection_permissions from 142. Android is not a target (it has no
    // context menus, commands or windows), but the key keeps web-ext lint from warning about it.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return m;
}
