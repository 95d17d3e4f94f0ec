/**
 * The background of the e2e build only (`vite build --mode e2e`, made by test/e2e/global-setup.ts): the real
 * background, plus its context-menu and command handlers on globalThis so the tests can call them from the
 * service worker (a test cannot click a browser menu or press a browser shortcut). `npm run build` has no hooks.
 */
import '../../src/background/index';
import { onContextMenuClick } from '../../src/background/context-menu';
import { onCommand } from '../../src/background/keyboard-shortcut';

Object.assign(globalThis, { khulasa: { onContextMenuClick, onCommand } });
