import { describe, expect, it } from 'vitest';
import { dictionaries, MissingTranslationError, statushouderKeys, t } from '../../site/i18n/index.ts';
import { nl } from '../../site/i18n/nl.ts';
import { langOfPath, langPaths, localizePath, unlocalizePath } from '../../site/i18n/locales.ts';

describe('dictionaries', () => {
  it('gives English every Dutch key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(nl)) {
      const english = dictionaries.en[key as keyof typeof nl];
      expect(english, key).toBeTypeOf('string');
      expect(english!.match(/\{\w+\}/g) ?? [], key).toEqual(text.match(/\{\w+\}/g) ?? []);
    }
  });

  it.each(['ar', 'uk', 'ti'] as const)('gives %s every string of the statushouder pages', (lang) => {
    const missing = statushouderKeys.filter((key) => !dictionaries[lang][key]);
    expect(missing).toEqual([]);
  });

  it('fails loudly on a string a language lacks, naming the file to fix', () => {
    expect(() => t('ar', 'facts.financer')).toThrow(MissingTranslationError);
    expect(() => t('ar', 'facts.financer')).toThrow('site/i18n/ar.ts');
  });

  it('fills placeholders', () => {
    expect(t('nl', 'list.count.other', { n: 3 })).toBe('3 items');
  });
});

describe('localized paths', () => {
  it('keeps Dutch at the root and prefixes the others', () => {
    expect(localizePath('nl', '/zoeken/')).toBe('/zoeken/');
    expect(localizePath('ar', '/zoeken/')).toBe('/ar/zoeken/');
    expect(langOfPath('/uk/privacy/')).toBe('uk');
    expect(langOfPath('/praktijkvoorbeelden/')).toBe('nl');
    expect(unlocalizePath('/en/regelingen/amif/')).toBe('/regelingen/amif/');
    expect(unlocalizePath('/en/')).toBe('/');
    expect(langPaths(['nl', 'en'])).toEqual([
      { params: { lang: undefined }, props: { lang: 'nl' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
  });
});
