import { drizzle } from 'drizzle-orm/postgres-js';
import { hashPassword } from '../lib/auth/password';
import { DEMO_COUPON, DEMO_CUSTOMER, DEMO_MERCHANT, INVOICE_PREFIX, TRENDHOUSE_SLUG } from './demo-data';
import * as s from './schema';
import { ensureDefaultReminderProcess } from './seed-defaults';
import { seedVariableMagazine } from './seed-variable-product';
import { oneConnection, type Connect } from './one-connection';

/**
 * One bcrypt hash for each distinct demo password: the demo accounts share the README's, and at
 * production cost a hash is about a quarter of a second of the first start. NOTE: two accounts
 * with the same hash (the same salt) tell only that they share a password, which the README
 * publishes anyway; every password a person chooses is hashed on its own.
 */
async function demoPasswordHashes(passwords: string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const password of passwords) if (!hashes.has(password)) hashes.set(password, await hashPassword(password));
  return hashes;
}

/**
 * Seeds the demo shop into an empty database: settings, catalog, the coupon, and the demo owner
 * and customer with the passwords the README publishes. Only `npm run dev`, the tests and an
 * explicit `npm run db:seed-demo` (or KADENS_SEED_DEMO=1) call it; a production start seeds
 * db/seed-defaults.ts alone. Does nothing when the shop settings row exists, so it is safe to call
 * on every start.
 */
export async function seedDemoShop(url: string, connect?: Connect): Promise<{ seeded: boolean }> {
  const client = oneConnection(url, connect);
  const db = drizzle(client, { schema: s, casing: 'snake_case' });
  try {
    return await db.transaction(async (tx) => {
      // NOTE: the lock makes two starting processes seed once, not twice.
      await tx.execute('lock table shop_settings in exclusive mode');
      if ((await tx.select().from(s.shopSettings).limit(1)).length > 0) return { seeded: false };

      await tx.insert(s.shopSettings).values({
        name: 'Kadens Demo Shop',
        supportEmail: 'support@example.com',
        defaultCurrency: 'EUR',
        timeZone: 'Europe/Amsterdam',
        invoiceSeriesId: 'invoice',
        paymentTermsDays: 14,
        requirePassword: true,
        enabledPaymentMethods: ['card', 'ideal', 'bancontact', 'paypal'],
      });
      // The demo seller's legal identity, in force from before any demo invoice, so every
      // document of the demo is a complete EU invoice (a fictitious company; a valid IBAN form).
      await tx.insert(s.sellerIdentities).values({
        validFrom: new Date('2020-01-01T00:00:00Z'),
        legalName: 'Kadens Demo Shop',
        legalForm: 'B.V.',
        addressLine1: 'Keizersgracht 100',
        postalCode: '1015 AA',
        city: 'Amsterdam',
        country: 'NL',
        vatId: 'NL004495445B01',
        organisationNumber: '12345678',
        peppolScheme: '0106',
        peppolValue: '12345678',
        contactEmail: 'support@example.com',
        iban: 'NL91ABNA0417164300',
        bic: 'ABNANL2A',
      });
      await tx.insert(s.invoiceSeries).values([
        { id: 'invoice', prefix: INVOICE_PREFIX, nextNumber: 1 },
        { id: 'credit_note', prefix: 'KD-CN-', nextNumber: 1 },
      ]);

      const dunningPlanId = await ensureDefaultReminderProcess(tx);

      const [trendhouse, course, box] = await tx
        .insert(s.products)
        .values([
          {
            slug: TRENDHOUSE_SLUG,
            name: 'Trendhouse',
            description: 'The weekly magazine on design, living and trends. A 12-month subscription, paid as you like.',
            kind: 'digital',
          },
          {
            slug: 'code-academy',
            name: 'Code Academy',
            description: 'Online course with weekly lessons and mentoring. Try it free for 14 days.',
            kind: 'service',
          },
          {
            slug: 'snack-box',
            name: 'Dutch Snack Box',
            description: 'A box of Dutch treats delivered to your door every month.',
            kind: 'physical',
          },
        ])
        .returning();
      await tx.insert(s.products).values({
        slug: 'trendhouse-yearbook',
        name: 'Trendhouse Yearbook 2026 (PDF)',
        description: 'The best of a year of Trendhouse, as a download.',
        kind: 'download',
        unitPriceMinor: 1250,
        currency: 'EUR',
        taxRateBp: 900,
        // Publications take the reduced rate at home (9 %) and, through OSS, abroad.
        taxClass: 'reduced',
      });

      const magazine = { productId: trendhouse!.id, currency: 'EUR', commitmentMonths: 12, taxRateBp: 900, taxClass: 'reduced' as const, dunningPlanId };
      await tx.insert(s.plans).values([
        { ...magazine, code: 'trendhouse-monthly', name: 'Monthly', intervalUnit: 'month', intervalCount: 1, priceMinor: 3200, position: 1 },
        { ...magazine, code: 'trendhouse-quarterly', name: 'Quarterly', intervalUnit: 'month', intervalCount: 3, priceMinor: 9000, position: 2 },
        { ...magazine, code: 'trendhouse-yearly', name: 'Yearly', intervalUnit: 'year', intervalCount: 1, priceMinor: 32000, position: 3 },
        {
          productId: course!.id,
          dunningPlanId,
          code: 'code-academy-monthly',
          name: 'Monthly',
          intervalUnit: 'month',
          intervalCount: 1,
          priceMinor: 2900,
          currency: 'EUR',
          setupFeeMinor: 4900,
          trialDays: 14,
          taxRateBp: 2100,
        },
        {
          productId: box!.id,
          dunningPlanId,
          code: 'snack-box-monthly',
          name: 'Monthly',
          intervalUnit: 'month',
          intervalCount: 1,
          priceMinor: 2495,
          currency: 'EUR',
          taxRateBp: 900,
          taxClass: 'reduced',
        },
      ]);
      await seedVariableMagazine(tx, dunningPlanId);
      await tx.insert(s.shippingMethods).values([
        { name: 'PostNL standard', priceMinor: 495, currency: 'EUR', taxRateBp: 2100, isDefault: true },
        { name: 'DHL next day', priceMinor: 795, currency: 'EUR', taxRateBp: 2100 },
      ]);
      await tx.insert(s.coupons).values({ code: DEMO_COUPON, kind: 'percent', percentOff: 10, duration: 'once' });

      const hashes = await demoPasswordHashes([DEMO_MERCHANT.password, DEMO_CUSTOMER.password]);
      const [, customerUser] = await tx
        .insert(s.users)
        .values([
          { ...userOf(DEMO_MERCHANT), role: 'owner', passwordHash: hashes.get(DEMO_MERCHANT.password)! },
          { ...userOf(DEMO_CUSTOMER), role: 'customer', passwordHash: hashes.get(DEMO_CUSTOMER.password)! },
        ])
        .returning();
      await tx.insert(s.customers).values({
        userId: customerUser.id,
        name: DEMO_CUSTOMER.name,
        email: DEMO_CUSTOMER.email,
        addressLine1: 'Keizersgracht 123',
        postalCode: '1015 CJ',
        city: 'Amsterdam',
        country: 'NL',
        locale: 'nl',
      });
      return { seeded: true };
    });
  } finally {
    await client.end();
  }
}

function userOf(person: { email: string; name: string }) {
  return { email: person.email, name: person.name, emailVerified: new Date() };
}
