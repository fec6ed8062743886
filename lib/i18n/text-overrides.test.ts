import { describe, expect, test } from 'vitest';
import { getTranslator } from './translator';

describe('getTranslator with the merchant’s texts', () => {
  test('a replaced message uses the macros and the call’s own arguments; the others stay the catalog’s', () => {
    const t = getTranslator('en', 'emails.invoice', { messages: { 'emails.invoice.intro': 'Hi {name}, invoice {invoice} is due.' }, macros: { name: 'Ada', invoice: 'KD-1' } });
    expect(t('intro')).toBe('Hi Ada, invoice KD-1 is due.');
    expect(t('heading', { invoice: 'KD-2' })).toBe('Invoice KD-2');
  });

  test('texts of one language never reach another: each render passes its own', () => {
    const overrides = { messages: { 'emails.invoice.intro': 'Hier ist Ihre Rechnung, bitte.' } };
    expect(getTranslator('de', 'emails.invoice', overrides)('intro')).toBe('Hier ist Ihre Rechnung, bitte.');
    expect(getTranslator('de', 'emails.invoice')('intro')).not.toBe('Hier ist Ihre Rechnung, bitte.');
  });

  test('a text that cannot be formatted falls back to the catalog’s message instead of failing the e-mail', () => {
    const t = getTranslator('en', 'emails.invoice', { messages: { 'emails.invoice.intro': 'Hi {missing}' } });
    expect(t('intro')).toBe('Here is your invoice.');
  });
});
