/**
 * A small rule tagger (trigger words + a few place names). It is the fallback used until the
 * trained model is loaded, and the baseline the model is measured against.
 */
import { normalizeArabic, stripPrefix } from '../text';
import type { Tagger } from './tagger';

/** Words after which a person's name follows (normalized). */
export const PERSON_TRIGGERS = new Set([
  'الرييس',
  'رييس',
  'الوزير',
  'وزير',
  'الملك',
  'الامير',
  'الشيخ',
  'السيد',
  'الدكتور',
  'نظيره',
  'المستشار',
]);
/** Words that may sit between a trigger and the name (nationality adjectives, offices). */
const TITLE_FILLERS = /^(ال\S+ي|ال\S+يه|الوزراء|الحكومه|الخارجيه|الدفاع|الداخليه|المالية|الجمهوريه|الاميركي|الامريكي)$/;
/** A few place names. */
export const PLACES = new Set(
  [
    'روسيا',
    'الصين',
    'موسكو',
    'بكين',
    'مصر',
    'القاهره',
    'السعوديه',
    'الرياض',
    'العراق',
    'بغداد',
    'سوريا',
    'دمشق',
    'لبنان',
    'بيروت',
    'الاردن',
    'عمان',
    'فلسطين',
    'غزه',
    'القدس',
    'اسراييل',
    'ايران',
    'طهران',
    'تركيا',
    'انقره',
    'المغرب',
    'الرباط',
    'الجزاير',
    'تونس',
    'ليبيا',
    'اليمن',
    'قطر',
    'الدوحه',
    'الكويت',
    'الامارات',
    'دبي',
    'ابوظبي',
    'البحرين',
    'السودان',
    'فرنسا',
    'باريس',
    'المانيا',
    'برلين',
    'بريطانيا',
    'لندن',
    'اوكرانيا',
    'واشنطن',
    'الولايات',
    'اوروبا',
    'افريقيا',
    'اسيا',
    'اليابان',
    'الهند',
  ].map(normalizeArabic),
);

function isArabicWord(w: string): boolean {
  return /^[\u0621-\u064A]+$/.test(w);
}

export const ruleTagger: Tagger = {
  tag(tokens) {
    const norm = tokens.map((t) => normalizeArabic(t));
    const tags = tokens.map(() => 'O');
    for (let i = 0; i < norm.length; i++) {
      const w = norm[i];
      if (PLACES.has(w) || PLACES.has(stripPrefix(w))) {
        tags[i] = 'B-LOC';
        continue;
      }
      if (PERSON_TRIGGERS.has(w) || PERSON_TRIGGERS.has(stripPrefix(w))) {
        let j = i + 1;
        while (j < norm.length && TITLE_FILLERS.test(norm[j])) j++;
        let k = j;
        while (k < norm.length && k < j + 3 && isArabicWord(norm[k]) && !PLACES.has(norm[k]) && !/^ال/.test(norm[k]))
          k++;
        if (k > j) {
          tags[j] = 'B-PERS';
          for (let x = j + 1; x < k; x++) tags[x] = 'I-PERS';
          i = k - 1;
        }
      }
    }
    return tags;
  },
};
