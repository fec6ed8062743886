import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useFreshDatabase, type FreshDatabase } from '@/test/support/fresh-database';
import { DEMO_HISTORY, demoHistorySize, prepareDatabase, seedsDemo } from './prepare-database';

describe('which start seeds the demo shop', () => {
  test.each<[string, 'dev' | 'start', Record<string, string>, boolean]>([
    ['npm run dev', 'dev', {}, true],
    ['npm start', 'start', {}, false],
    ['npm start with KADENS_SEED_DEMO=1 (the e2e demo server)', 'start', { KADENS_SEED_DEMO: '1' }, true],
    ['npm start with KADENS_SEED_DEMO=0', 'start', { KADENS_SEED_DEMO: '0' }, false],
  ])('%s: %s', (_label, command, env, demo) => {
    expect(seedsDemo(command, env)).toBe(demo);
  });
});

describe('how much history the demo shop gets', () => {
  test.each([
    ['npm run dev', 'dev', {}, DEMO_HISTORY],
    ['npm run db:seed-demo', 'seed', {}, DEMO_HISTORY],
    ['a production start', 'start', {}, { customers: 0, months: 24 }],
    ['the e2e demo server', 'start', { KADENS_DEMO_HISTORY_CUSTOMERS: '40', KADENS_DEMO_HISTORY_MONTHS: '8' }, { customers: 40, months: 8 }],
    ['npm run dev without history', 'dev', { KADENS_DEMO_HISTORY_CUSTOMERS: '0' }, { customers: 0, months: 24 }],
  ] as const)('%s', (_name, command, env, size) => {
    expect(demoHistorySize(command, env)).toEqual(size);
  });

  test('a size that is not a whole number in range is refused in words', () => {
    expect(() => demoHistorySize('dev', { KADENS_DEMO_HISTORY_CUSTOMERS: 'lots' })).toThrow(
      'KADENS_DEMO_HISTORY_CUSTOMERS must be a whole number from 0 to 5000, not "lots".',
    );
    expect(() => demoHistorySize('dev', { KADENS_DEMO_HISTORY_MONTHS: '99' })).toThrow('KADENS_DEMO_HISTORY_MONTHS must be a whole number from 0 to 36');
  });
});

describe('prepareDatabase on an empty database', () => {
  let fresh: FreshDatabase;
  let sql: postgres.Sql;
  const count = async (table: string) => Number((await sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n);

  beforeAll(async () => {
    fresh = await useFreshDatabase();
    sql = postgres(fresh.url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql.end();
    await fresh.close();
  });

  test('a production start seeds no user, no shop and no catalog: the default reminder process only', async () => {
    await prepareDatabase({ demo: false });
    await prepareDatabase({ demo: false }); // every start does it: once is what stays
    expect(await count('users')).toBe(0);
    expect(await count('shop_settings')).toBe(0);
    expect(await count('products')).toBe(0);
    expect(await count('coupons')).toBe(0);
    expect(await sql`select name from dunning_plans`).toEqual([{ name: 'Standard reminder process' }]);
    expect(await count('dunning_steps')).toBe(5);
  });

  test('the demo seed (npm run dev, db:seed-demo) adds the demo shop on top, reusing that reminder process', async () => {
    await prepareDatabase({ demo: true });
    expect((await sql`select email, role from users order by email`).map((u) => `${u.email}:${u.role}`)).toEqual([
      'customer@example.com:customer',
      'merchant@example.com:owner',
    ]);
    expect(await count('dunning_plans')).toBe(1);
    expect(await count('products')).toBeGreaterThan(0);
  });
});
