import { describe, expect, test } from 'vitest';
import { localeFromAcceptLanguage, negotiateLocale } from './negotiate';

describe('localeFromAcceptLanguage', () => {
  test.each([
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['fr-FR,de;q=0.5,nl;q=0.7', 'nl'],
    ['de-AT', 'de'],
    ['fr, es', null],
    ['en;q=0, de;q=0.1', 'de'],
    ['', null],
  ])('%s reads %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe('negotiateLocale', () => {
  test('the URL wins, then the stored language, then the cookie, then the browser, then English', () => {
    expect(negotiateLocale({ query: 'de', stored: 'nl', cookie: 'nb', acceptLanguage: 'en' })).toBe('de');
    expect(negotiateLocale({ query: 'xx', stored: 'nl', cookie: 'nb', acceptLanguage: 'en' })).toBe('nl');
    expect(negotiateLocale({ cookie: 'nb', acceptLanguage: 'de' })).toBe('nb');
    expect(negotiateLocale({ cookie: 'klingon', acceptLanguage: 'de-DE' })).toBe('de');
    expect(negotiateLocale({})).toBe('en');
  });
});
