/** Labels of an employer's reference ids (offers, levels, skills) in the reader's language; safe in the browser. */
import { educationLevels, labelOf, languageLevels, offers, skills } from '../../functions/contracts/taxonomy.ts';
import type { Lang } from '../i18n/locales.ts';

const refLang = (lang: Lang): 'nl' | 'en' => (lang === 'en' ? 'en' : 'nl');
const many = (list: Parameters<typeof labelOf>[0]) => (ids: readonly string[], lang: Lang = 'nl') => ids.map((id) => labelOf(list, id, refLang(lang)));

/** Labels of offer, language level, education level and skill ids in `lang`. */
export const offerLabels = many(offers);
export const languageLevelLabels = many(languageLevels);
export const educationLevelLabels = many(educationLevels);
export const skillLabels = many(skills);
