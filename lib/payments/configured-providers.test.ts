import { describe, expect, test } from 'vitest';
import { configuredProviders, type PaymentEnv } from './configured-providers';

const MOLLIE = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
const STRIPE = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
const WEBHOOK = 'whsec_5f0a7c3e9b1d4a6f8e2c0b7d9a1f3e5c';

const ids = (env: PaymentEnv) => configuredProviders(env).map((provider) => provider.id);

describe('configuredProviders', () => {
  test.each<[string, PaymentEnv, string[]]>([
    ['nothing set', {}, []],
    ['blank values', { MOLLIE_API_KEY: ' ', STRIPE_SECRET_KEY: '', STRIPE_WEBHOOK_SECRET: '' }, []],
    ['Mollie', { MOLLIE_API_KEY: MOLLIE }, ['mollie']],
    ['Mollie live', { MOLLIE_API_KEY: 'live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' }, ['mollie']],
    ['Stripe', { STRIPE_SECRET_KEY: STRIPE, STRIPE_WEBHOOK_SECRET: WEBHOOK }, ['stripe']],
    ['a restricted Stripe key', { STRIPE_SECRET_KEY: 'rk_live_51Hx9Z', STRIPE_WEBHOOK_SECRET: WEBHOOK }, ['stripe']],
    [
      'both',
      { MOLLIE_API_KEY: MOLLIE, STRIPE_SECRET_KEY: STRIPE, STRIPE_WEBHOOK_SECRET: WEBHOOK },
      ['mollie', 'stripe'],
    ],
  ])('%s', (_label, env, expected) => {
    expect(ids(env)).toEqual(expected);
  });

  test.each<[string, PaymentEnv, string]>([
    [
      'a Mollie key without its prefix',
      { MOLLIE_API_KEY: 'dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' },
      'MOLLIE_API_KEY must be a Mollie API key',
    ],
    [
      'a Mollie OAuth token',
      { MOLLIE_API_KEY: 'access_46EUJ6x8jFJZZeAvhNH4JVey6qVpqR' },
      'MOLLIE_API_KEY must be a Mollie API key',
    ],
    [
      'a Stripe publishable key',
      { STRIPE_SECRET_KEY: 'pk_test_TYooMQauvdEDq54NiTphI7jx', STRIPE_WEBHOOK_SECRET: WEBHOOK },
      'STRIPE_SECRET_KEY must be a Stripe secret key',
    ],
    [
      'a malformed webhook secret',
      { STRIPE_SECRET_KEY: STRIPE, STRIPE_WEBHOOK_SECRET: 'secret' },
      'STRIPE_WEBHOOK_SECRET must be',
    ],
    ['a Stripe key without a webhook secret', { STRIPE_SECRET_KEY: STRIPE }, 'must be set together'],
    ['a webhook secret without a Stripe key', { STRIPE_WEBHOOK_SECRET: WEBHOOK }, 'must be set together'],
  ])('refuses %s', (_label, env, message) => {
    expect(() => configuredProviders(env)).toThrow(message);
  });

  test('never repeats the secret in its error', () => {
    expect(() =>
      configuredProviders({ STRIPE_SECRET_KEY: 'pk_live_51Hsecretvalue', STRIPE_WEBHOOK_SECRET: WEBHOOK }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('51Hsecretvalue') }));
  });
});
