import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoices, sellerIdentities } from '@/db/schema';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { pickSellerIdentity, sellerIdentitySchema } from '@/lib/validations/seller-identity';
import { saveSellerIdentity } from './save-seller-identity';

// NOTE: test files share one database and the identity is the shop's, so these versions take
// effect far in the future (a random year of the 2900s), after every document any other test
// issues (the month export's test uses years up to 2899): none of them sees these versions.
const base = Date.UTC(2900 + randomInt(0, 99), 0, 1);
const at = (day: number) => new Date(base + day * 86_400_000);

const trendhouse = sellerIdentitySchema.parse({
  legalName: 'Trendhouse Media',
  legalForm: 'AS',
  addressLine1: 'Storgata 1',
  postalCode: '0155',
  city: 'Oslo',
  country: 'NO',
  vatId: 'NO923609016MVA',
  organisationNumber: '923609016',
  contactEmail: 'faktura@trendhouse.example',
  iban: 'NO9386011117947',
  bic: 'DNBANOKKXXX',
});

async function pdfTextOfInvoiceIssuedAt(issuedAt: Date) {
  const { invoice } = await createTestInvoice('nb');
  await db.update(invoices).set({ issuedAt }).where(eq(invoices.id, invoice.id));
  const input = await loadInvoicePdfInput(invoice.id);
  return extractPdfText(await renderInvoicePdf(input!, { compress: false }));
}

describe('the seller identity on documents', () => {
  test('an invoice names the seller in force on its issue date; a later move does not rewrite it', async () => {
    const owner = await createStaffUser('owner');
    const actor = { staffUserId: owner.id, mayChangeBankAccount: true };
    expect(await saveSellerIdentity(trendhouse, actor, at(0))).toEqual({ ok: true, value: { changed: true } });
    expect(await saveSellerIdentity({ ...trendhouse, addressLine1: 'Karl Johans gate 5' }, actor, at(10))).toEqual({ ok: true, value: { changed: true } });

    const before = await pdfTextOfInvoiceIssuedAt(at(5));
    expect(before).toContain('Trendhouse Media AS');
    expect(before).toContain('Storgata 1');
    expect(before).toContain('Org.nr. 923609016 Foretaksregisteret');
    expect(before).toContain('NO923609016MVA');
    expect(before).toContain('IBAN NO93 8601 1117 947 · BIC DNBANOKKXXX');
    expect(before).not.toContain('Karl Johans gate 5');
    const after = await pdfTextOfInvoiceIssuedAt(at(11));
    expect(after).toContain('Karl Johans gate 5');
    expect(after).not.toContain('Storgata 1');
  });

  test('saving the same identity again writes nothing; a change is in the audit log with before and after', async () => {
    const owner = await createStaffUser('owner');
    const actor = { staffUserId: owner.id, mayChangeBankAccount: true };
    await saveSellerIdentity(trendhouse, actor, at(20));
    const versions = (await db.select({ id: sellerIdentities.id }).from(sellerIdentities)).length;
    expect(await saveSellerIdentity(trendhouse, actor, at(21))).toEqual({ ok: true, value: { changed: false } });
    expect(await db.select({ id: sellerIdentities.id }).from(sellerIdentities)).toHaveLength(versions);

    await saveSellerIdentity({ ...trendhouse, city: 'Bergen', postalCode: '5003' }, actor, at(22));
    const saved = await getSellerIdentity(at(22));
    const [entry] = await auditEntriesOf('settings', `seller-identity/${saved!.id}`);
    expect(entry).toMatchObject({ actorUserId: owner.id, action: 'settings.update', before: { city: 'Oslo' }, after: { city: 'Bergen', postalCode: '5003' } });
  });

  test('only the owner changes the bank account customers pay to; an admin’s forged form writes nothing', async () => {
    const owner = await createStaffUser('owner');
    const admin = await createStaffUser('admin');
    await saveSellerIdentity(trendhouse, { staffUserId: owner.id, mayChangeBankAccount: true }, at(30));
    const refused = await saveSellerIdentity({ ...trendhouse, iban: 'DE89370400440532013000', city: 'Bergen' }, { staffUserId: admin.id, mayChangeBankAccount: false }, at(31));
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'bank-account-owner-only', field: 'iban' }) });
    expect(await getSellerIdentity(at(31))).toMatchObject({ iban: 'NO9386011117947', city: 'Oslo' });
    // The same admin may change the rest, leaving the account as it is.
    expect(await saveSellerIdentity({ ...trendhouse, city: 'Bergen', postalCode: '5003' }, { staffUserId: admin.id, mayChangeBankAccount: false }, at(32))).toEqual({ ok: true, value: { changed: true } });
    expect(await getSellerIdentity(at(32))).toMatchObject({ iban: 'NO9386011117947', city: 'Bergen' });
  });
});

test('the demo shop’s seller passes the settings form’s own checks, so its invoices are complete', async () => {
  const demo = await getSellerIdentity(new Date('2021-01-01T00:00:00Z'));
  expect(demo).not.toBeNull();
  const asTyped = Object.fromEntries(Object.entries(pickSellerIdentity(demo!)).map(([key, value]) => [key, value ?? '']));
  expect(sellerIdentitySchema.parse(asTyped)).toEqual(pickSellerIdentity(demo!));
});
