import { describe, expect, test } from 'vitest';
import type { Locale } from './locales';
import { getTranslator } from './translator';

describe('getTranslator', () => {
  test('a namespace of one language, its arguments filled in', () => {
    expect(getTranslator('nl', 'emails.invoice')('subject', { invoice: 'KD-7', shop: 'Winkel' })).toBe('Factuur KD-7 van Winkel');
    expect(getTranslator('de')('documents.vatAt', { rate: '19 %' })).toBe('MwSt. 19 %');
  });

  test('a missing argument throws instead of sending the key to a customer', () => {
    const t = getTranslator('en', 'emails.invoice') as unknown as (key: string, values?: object) => string;
    expect(() => t('subject', { invoice: 'KD-7' })).toThrow(/shop/);
    expect(() => t('no-such-key')).toThrow(/MISSING_MESSAGE/);
  });

  test('a language the catalog does not have reads English', () => {
    expect(getTranslator('fr' as Locale, 'emails.common')('payCta')).toBe('Pay now');
  });

  test('plural forms follow the language: one and other in English, the same word in Dutch hours', () => {
    const en = getTranslator('en', 'emails.signIn');
    const nl = getTranslator('nl', 'emails.signIn');
    expect(en('expiry', { unit: 'minute', count: 1 })).toContain('1 minute and');
    expect(en('expiry', { unit: 'minute', count: 2 })).toContain('2 minutes and');
    expect(nl('expiry', { unit: 'hour', count: 1 })).toContain('1 uur en');
    expect(nl('expiry', { unit: 'hour', count: 3 })).toContain('3 uur en');
  });
});
