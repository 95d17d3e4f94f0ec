/** Bundled by the bench (esbuild, IIFE, minified like dist/content) and injected into pages in Chromium. */
import { Readability } from '@mozilla/readability';
import { detectPage } from '../../src/core/detect/detect-page';
import { extractArticle } from '../../src/core/extract/extract-article';

Object.assign(globalThis, { __khulasaBench: { detectPage, extractArticle, Readability } });
