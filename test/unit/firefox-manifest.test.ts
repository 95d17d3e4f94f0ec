import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  FIREFOX_ANDROID_MIN_VERSION,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  toFirefoxManifest,
  type Manifest,
} from '../../src/platform/firefox-manifest';

/** The source manifest, as the Chrome build's dist/manifest.json has it (loader file name and all). */
function chromeBuilt(): Manifest {
  const m = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
  return { ...m, background: { service_worker: 'service-worker-loader.js', type: 'module' } };
}

describe('toFirefoxManifest', () => {
  it('runs the same background module as an event-page script', () => {
    const ff = toFirefoxManifest(chromeBuilt());
    expect(ff.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('declares the gecko id, the minimum Firefox and that no data is collected', () => {
    expect(toFirefoxManifest(chromeBuilt()).browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    });
    expect(GECKO_ID).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(FIREFOX_MIN_VERSION).toMatch(/^\d+\.0$/);
  });

  it('changes nothing else: same popup, content scripts, menus, command, options, locales, CSP', () => {
    const chrome = chromeBuilt();
    const { background: _b, browser_specific_settings: _s, ...rest } = toFirefoxManifest(chrome);
    const { background: _cb, minimum_chrome_version: _mv, ...chromeRest } = chrome; // a Chrome-only key
    expect(rest).toEqual(chromeRest);
    expect(rest.permissions).toEqual(['contextMenus', 'storage']);
    expect(rest).not.toHaveProperty('host_permissions');
  });

  it('is pure: the input is not modified', () => {
    const chrome = chromeBuilt();
    const before = structuredClone(chrome);
    toFirefoxManifest(chrome);
    expect(chrome).toEqual(before);
  });

  it('keeps existing background scripts and drops Chrome-only keys', () => {
    const ff = toFirefoxManifest({
      manifest_version: 3,
      background: { service_worker: 'sw.js', scripts: ['sw.js'] },
      minimum_chrome_version: '120',
      side_panel: { default_path: 'x.html' },
      key: 'abc',
    });
    expect(ff.background).toEqual({ scripts: ['sw.js'] });
    expect(ff).not.toHaveProperty('minimum_chrome_version');
    expect(ff).not.toHaveProperty('side_panel');
    expect(ff).not.toHaveProperty('key');
  });

  it('refuses Chrome-only permissions and non-MV3 manifests', () => {
    expect(() => toFirefoxManifest({ manifest_version: 3, permissions: ['storage', 'offscreen'] })).toThrow(
      /offscreen/,
    );
    expect(() => toFirefoxManifest({ manifest_version: 3, permissions: ['sidePanel'] })).toThrow(/sidePanel/);
    expect(() => toFirefoxManifest({ manifest_version: 2 })).toThrow(/MV3/);
  });
});
