export * from './types';
export * from './analyze';
export * from './text';
export { detectPage, type Detection, type DetectionSignals } from './detect/detect-page';
export { guessArabic } from './detect/language';
export { extractArticle, type ExtractedArticle } from './extract/extract-article';
export type { Tagger } from './entities/tagger';
