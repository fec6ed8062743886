import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { localizeIssue } from '@/lib/i18n/localize-message';
import { registerSchema, signInSchema } from './auth';
import { addToCartSchema, cartSchema, couponCodeSchema } from './cart';

const PLAN = '3f0b8c1e-6a7d-4c2b-9e1f-2a3b4c5d6e7f';

/** What the form shows for the problems, in English and in Dutch (the schemas carry catalog codes). */
const shown = (issues: z.core.$ZodIssue[] | undefined, locale: 'en' | 'nl' = 'en'): string =>
  (issues ?? []).map((issue) => (issue.code === 'invalid_union' ? shown(issue.errors.flat(), locale) : localizeIssue(locale, issue))).join(' ');

describe('cart input', () => {
  test.each([
    ['0', 'at least 1'],
    ['1000000000', 'at most 99'],
    ['-3', 'at least 1'],
    ['1.5', 'whole number'],
    ['abc', 'Enter a quantity'],
  ])('quantity %s is refused: %s', (quantity, message) => {
    const parsed = addToCartSchema.safeParse({ planId: PLAN, quantity });
    expect(parsed.success).toBe(false);
    expect(shown(parsed.error?.issues)).toContain(message);
  });

  test('the same problems read in Dutch on a Dutch page', () => {
    expect(shown(addToCartSchema.safeParse({ planId: PLAN, quantity: '0' }).error?.issues, 'nl')).toBe('Het aantal moet minstens 1 zijn.');
    expect(shown(addToCartSchema.safeParse({ planId: PLAN, quantity: '1000' }).error?.issues, 'nl')).toBe('Je kunt maximaal 99 tegelijk bestellen.');
    expect(shown(couponCodeSchema.safeParse({ code: 'WELCOME 10' }).error?.issues, 'nl')).toBe('Kortingscodes bevatten alleen letters, cijfers, - en _.');
  });

  test('a plan id that is not an id is refused', () => {
    const parsed = addToCartSchema.safeParse({ planId: "1' or '1'='1", quantity: '1' });
    expect(parsed.success).toBe(false);
  });

  test('a price slipped into the form is dropped: prices come from the catalog only', () => {
    const parsed = addToCartSchema.parse({ planId: PLAN, quantity: '2', priceMinor: '1', unitPriceMinor: '1' });
    expect(parsed).toEqual({ planId: PLAN, quantity: 2 });
  });

  test('a tampered cart cookie with a price or a huge quantity does not parse', () => {
    const base = { couponCode: null, shippingMethodId: null, paymentMethod: null, checkoutToken: 'a'.repeat(32) };
    expect(cartSchema.safeParse({ ...base, items: [{ planId: PLAN, quantity: 1e9 }] }).success).toBe(false);
    expect(cartSchema.parse({ ...base, items: [{ planId: PLAN, quantity: 1, priceMinor: 1 }] }).items[0]).toEqual({
      planId: PLAN,
      quantity: 1,
    });
  });

  test.each([
    ['', 'Enter a coupon code'],
    ['WELCOME 10', 'only letters, digits'],
    ['X'.repeat(41), 'too long'],
  ])('coupon code %j is refused', (code, message) => {
    expect(shown(couponCodeSchema.safeParse({ code }).error?.issues)).toContain(message);
  });
});

describe('account input', () => {
  const valid = {
    name: 'Sanne Jansen',
    email: 'Sanne@Example.com ',
    password: 'correct horse',
    addressLine1: 'Prinsengracht 263',
    postalCode: '1016 GV',
    city: 'Amsterdam',
    country: 'NL',
  };

  test('a valid registration is normalised (e-mail trimmed and lower-cased)', () => {
    expect(registerSchema.parse(valid)).toMatchObject({ email: 'sanne@example.com', locale: 'en', companyName: null });
  });

  test.each([
    ['email', 'sanne@', 'valid e-mail address'],
    ['email', 'not an e-mail', 'valid e-mail address'],
    ['password', 'short', 'at least 8 characters'],
    ['country', 'XX', 'Choose your country'],
    ['addressLine1', '', 'street and house number'],
  ])('%s = %j is refused', (field, value, message) => {
    const parsed = registerSchema.safeParse({ ...valid, [field]: value });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((i) => i.path[0] === field);
    expect(shown(issue && [issue])).toContain(message);
  });

  test('sign-in needs both fields', () => {
    expect(signInSchema.safeParse({ email: 'a@example.com', password: '' }).success).toBe(false);
  });
});
