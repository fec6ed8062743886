import { describe, expect, test } from 'vitest';
import { checkSettings, settingsProblemMessage } from './check-settings';
import type { Env } from './runtime-mode';

const SECRET = 'k3'.repeat(20);
const MOLLIE = 'live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
/** A production environment that passes: each row below breaks one or more settings of it. */
const GOOD: Env = {
  AUTH_SECRET: SECRET,
  APP_URL: 'https://shop.example.com',
  DATABASE_URL: 'postgres://kadens:pw@db:5432/kadens',
  MOLLIE_API_KEY: MOLLIE,
  RESEND_API_KEY: 're_123',
  EMAIL_FROM: 'Shop <billing@shop.example.com>',
};
const without = (...names: string[]): Env => Object.fromEntries(Object.entries(GOOD).filter(([name]) => !names.includes(name)));

describe('checkSettings in production', () => {
  test('a complete environment passes without warnings', () => {
    expect(checkSettings(GOOD, 'production')).toEqual({ mode: 'production', problems: [], warnings: [] });
  });

  test.each<[string, Env, RegExp[]]>([
    ['nothing at all', {}, [/^AUTH_SECRET is not set/, /^APP_URL is not set/, /^DATABASE_URL is not set/, /^No way to pay/]],
    ['no AUTH_SECRET', without('AUTH_SECRET'), [/^AUTH_SECRET is not set/]],
    ['a short AUTH_SECRET', { ...GOOD, AUTH_SECRET: 'secret' }, [/^AUTH_SECRET is too short \(6 characters\)/]],
    ['no AUTH_SECRET, even with an encryption key', { ...without('AUTH_SECRET'), KADENS_ENCRYPTION_KEY: SECRET }, [/^AUTH_SECRET is not set/]],
    ['a short KADENS_ENCRYPTION_KEY', { ...GOOD, KADENS_ENCRYPTION_KEY: 'short' }, [/^KADENS_ENCRYPTION_KEY is too short \(5 characters\)/]],
    ['no APP_URL', without('APP_URL'), [/^APP_URL is not set/]],
    ['an APP_URL that is no URL', { ...GOOD, APP_URL: 'shop.example.com' }, [/^APP_URL is not an absolute http\(s\) URL/]],
    ['an http APP_URL', { ...GOOD, APP_URL: 'http://shop.example.com' }, [/^APP_URL must start with https:\/\/ in production/]],
    ['http://localhost without the switch', { ...GOOD, APP_URL: 'http://localhost:3000' }, [/https:\/\/ in production .*KADENS_ALLOW_HTTP=1 allows it/]],
    ['an APP_URL with a path', { ...GOOD, APP_URL: 'https://example.com/shop' }, [/^APP_URL must be the origin alone/]],
    ['no database (and no embedded switch)', without('DATABASE_URL'), [/^DATABASE_URL is not set.*KADENS_EMBEDDED_DATABASE=1/]],
    ['a DATABASE_URL that is not PostgreSQL', { ...GOOD, DATABASE_URL: 'mysql://db/kadens' }, [/^DATABASE_URL must be a PostgreSQL URL/]],
    ['no way to pay', without('MOLLIE_API_KEY'), [/^No way to pay is configured/]],
    ['a malformed Mollie key', { ...GOOD, MOLLIE_API_KEY: 'pk_nope' }, [/^MOLLIE_API_KEY must be a Mollie API key/]],
    ['a Stripe key without its webhook secret', { ...without('MOLLIE_API_KEY'), STRIPE_SECRET_KEY: 'sk_live_abc' }, [/must be set together/]],
    ['an Inngest event key without a signing key', { ...GOOD, INNGEST_EVENT_KEY: 'evt_123' }, [/^INNGEST_EVENT_KEY is set but INNGEST_SIGNING_KEY is not/]],
    ['a switch set to something else than 1', { ...GOOD, KADENS_TEST_PROVIDER: 'yes' }, [/^KADENS_TEST_PROVIDER must be 1 \(on\) or unset/]],
  ])('refuses %s, naming each problem', (_label, env, expected) => {
    const { problems } = checkSettings(env, 'production');
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  test.each<[string, Env, RegExp]>([
    ['the embedded database, when asked for', { ...without('DATABASE_URL'), KADENS_EMBEDDED_DATABASE: '1' }, /^KADENS_EMBEDDED_DATABASE=1: running on the embedded database/],
    ['http://localhost, when asked for', { ...GOOD, APP_URL: 'http://localhost:3000', KADENS_ALLOW_HTTP: '1' }, /^$/],
    ['payment by invoice instead of a provider', { ...without('MOLLIE_API_KEY'), KADENS_PAY_BY_INVOICE: '1' }, /^$/],
    ['the test provider instead of a provider', { ...without('MOLLIE_API_KEY'), KADENS_TEST_PROVIDER: '1' }, /^KADENS_TEST_PROVIDER=1: the test payment provider is mounted/],
    ['a dedicated encryption key', { ...GOOD, KADENS_ENCRYPTION_KEY: 'e'.repeat(40) }, /^$/],
    ['Stripe', { ...without('MOLLIE_API_KEY'), STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }, /^$/],
    ['Inngest with both keys', { ...GOOD, INNGEST_EVENT_KEY: 'evt_123', INNGEST_SIGNING_KEY: 'signkey-prod-123' }, /^$/],
    ['no Resend key (e-mail stays in the outbox)', without('RESEND_API_KEY', 'EMAIL_FROM'), /^RESEND_API_KEY is not set/],
    ['the demo seed switch', { ...GOOD, KADENS_SEED_DEMO: '1' }, /^KADENS_SEED_DEMO=1: an empty database gets the demo shop/],
  ])('allows %s', (_label, env, warning) => {
    const report = checkSettings(env, 'production');
    expect(report.problems).toEqual([]);
    expect(report.warnings.join('\n')).toMatch(warning);
  });

  test('one message names every problem', () => {
    const message = settingsProblemMessage(checkSettings({ MOLLIE_API_KEY: MOLLIE }, 'production'));
    expect(message).toMatch(/^Kadens cannot start in production: 3 settings need attention\./);
    for (const name of ['AUTH_SECRET', 'APP_URL', 'DATABASE_URL']) expect(message).toContain(`  - ${name} is not set`);
  });

  test('never echoes a secret it refuses', () => {
    const { problems } = checkSettings({ ...GOOD, MOLLIE_API_KEY: 'sk_live_leaked123', AUTH_SECRET: 'tooshort' }, 'production');
    expect(problems.join('\n')).not.toMatch(/leaked123|tooshort/);
  });
});

describe('checkSettings outside production', () => {
  test('nothing is required: `npm run dev` and the tests run with no configuration', () => {
    expect(checkSettings({}, 'development')).toEqual({ mode: 'development', problems: [], warnings: [] });
  });

  test.each<[string, Env, RegExp]>([
    ['an Inngest event key without a signing key', { INNGEST_EVENT_KEY: 'evt_123' }, /^INNGEST_EVENT_KEY is set but INNGEST_SIGNING_KEY is not/],
    ['a malformed APP_URL', { APP_URL: 'localhost:3000' }, /^APP_URL is not an absolute http\(s\) URL/],
    ['a malformed payment key', { STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }, /^STRIPE_SECRET_KEY must be a Stripe secret key/],
  ])('still refuses %s', (_label, env, problem) => {
    expect(checkSettings(env, 'development').problems).toEqual([expect.stringMatching(problem)]);
  });

  test('the Inngest dev server needs no signing key', () => {
    expect(checkSettings({ INNGEST_EVENT_KEY: 'evt_123', INNGEST_DEV: '1' }, 'development').problems).toEqual([]);
  });
});
