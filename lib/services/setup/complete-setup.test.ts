import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { useFreshDatabase, type FreshDatabase } from '@/test/support/fresh-database';
import { NOT_FOUND, nextOutcome } from '@/test/support/next-digest';

const signIn = vi.hoisted(() => vi.fn());
vi.mock('@/lib/auth/auth', () => ({ auth: vi.fn(async () => null), signIn, signOut: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const tokenFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kadens-setup-')), 'setup-token');
const OWNER = { name: 'Olga Owner', email: 'olga@fjord.example', password: 'a long owner passphrase' };
const SHOP = { shopName: 'Fjord Coffee Club', timeZone: 'Europe/Oslo', currency: 'nok', invoicePrefix: 'FC-' };

let fresh: FreshDatabase;
let sql: postgres.Sql;
let modules: Awaited<ReturnType<typeof load>>;

// Imported after the database is swapped for an empty one (see useFreshDatabase).
async function load() {
  return {
    issueSetupToken: (await import('./issue-setup-token')).issueSetupToken,
    completeSetup: (await import('./complete-setup')).completeSetup,
    completeSetupAction: (await import('@/lib/actions/setup/complete-setup-action')).completeSetupAction,
    SetupPage: (await import('@/app/setup/page')).default,
    setupSchema: (await import('@/lib/validations/setup')).setupSchema,
  };
}

const submit = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries({ ...OWNER, passwordConfirm: fields.password ?? OWNER.password, ...SHOP, ...fields })) form.set(key, value);
  return (modules.completeSetupAction as (s: object, f: FormData) => Promise<{ error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> }>)({}, form);
};
const users = () => sql`select email, role, password_hash from users`;

beforeAll(async () => {
  fresh = await useFreshDatabase();
  sql = postgres(fresh.url, { max: 1, onnotice: () => {} });
  modules = await load();
});
afterAll(async () => {
  await sql.end();
  await fresh.close();
});

describe('first-owner setup', () => {
  let token: string;

  test('an empty database has no owner: /setup is served and the start issues a token', async () => {
    expect(await nextOutcome(() => modules.SetupPage())).toBe('completed');
    const issued = await modules.issueSetupToken(tokenFile);
    if (!issued.issued) throw new Error('expected a token');
    token = issued.token;
    expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(tokenFile, 'utf8').trim()).toBe(token);
    // Only its hash is kept: the table alone gives nobody the token.
    const stored = await sql`select token_hash from setup_tokens`;
    expect(stored).toEqual([{ token_hash: crypto.createHash('sha256').update(token).digest('hex') }]);
  });

  test.each<[string, Record<string, string>, string, RegExp]>([
    ['no token', { token: '' }, 'token', /Paste the setup token/],
    ['a wrong token', { token: 'x'.repeat(43) }, 'token', /not valid/],
    ['a short password', { password: 'short' }, 'password', /at least 12 characters/],
    // 40 characters but 80 bytes: bcrypt would silently use only the first 72.
    ['a password over 72 bytes', { password: 'ø'.repeat(40) }, 'password', /at most 72 bytes/],
    ['a mistyped second password', { passwordConfirm: 'a long owner passphrasf' }, 'passwordConfirm', /differ/],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone', /time zone/],
    ['an unknown currency', { currency: 'XYZ' }, 'currency', /currency code/],
  ])('refuses %s, creates nothing, and shows no secret again', async (_label, fields, field, message) => {
    const answer = await submit({ token, ...fields });
    expect(answer.fieldErrors?.[field]).toMatch(message);
    expect(answer.values).toMatchObject({ email: OWNER.email, shopName: SHOP.shopName });
    expect(answer.values).not.toHaveProperty('token');
    expect(answer.values).not.toHaveProperty('password');
    expect(await users()).toEqual([]);
    expect(signIn).not.toHaveBeenCalled();
  });

  test('two submits racing with the right token make one owner; the token dies with its use', async () => {
    const input = modules.setupSchema.parse({ token, ...OWNER, passwordConfirm: OWNER.password, ...SHOP });
    const results = await Promise.all([1, 2].map(() => modules.completeSetup(input, { now: new Date(), tokenFile })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });

    const [owner, ...others] = await users();
    expect(others).toEqual([]);
    expect(owner).toMatchObject({ email: OWNER.email, role: 'owner' });
    expect(owner!.password_hash).toMatch(/^\$2[aby]\$/);
    expect(await sql`select name, time_zone, default_currency, support_email from shop_settings`).toEqual([
      { name: SHOP.shopName, time_zone: 'Europe/Oslo', default_currency: 'NOK', support_email: OWNER.email },
    ]);
    expect(await sql`select id, prefix, next_number from invoice_series order by id`).toEqual([
      { id: 'credit_note', prefix: 'FC-CN-', next_number: 1 },
      { id: 'invoice', prefix: 'FC-', next_number: 1 },
    ]);
    expect(await sql`select * from setup_tokens`).toEqual([]);
    expect(fs.existsSync(tokenFile)).toBe(false);
  });

  test('afterwards the same token is refused, /setup and its action are a 404, and a restart issues no token', async () => {
    const input = modules.setupSchema.parse({ token, ...OWNER, email: 'second@fjord.example', passwordConfirm: OWNER.password, ...SHOP });
    expect((await modules.completeSetup(input, { now: new Date(), tokenFile })).ok).toBe(false);
    expect(await nextOutcome(() => submit({ token, email: 'second@fjord.example' }))).toBe(NOT_FOUND);
    expect(await nextOutcome(() => modules.SetupPage())).toBe(NOT_FOUND);
    expect(await modules.issueSetupToken(tokenFile)).toEqual({ issued: false });
    expect(fs.existsSync(tokenFile)).toBe(false);
    expect((await users()).map((u) => u.email)).toEqual([OWNER.email]);
  });
});
