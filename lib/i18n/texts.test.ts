import { describe, expect, test } from 'vitest';
import { textsOf } from './texts';

describe('textsOf', () => {
  test('messages of a namespace as plain strings in the language asked for', () => {
    expect(textsOf('nb', 'shop.cart', ['checkout', 'remove'])).toEqual({ checkout: 'Til kassen', remove: 'Fjern' });
    expect(textsOf('de', 'auth.register', ['submit']).submit).toBe('Konto erstellen');
  });
});
