import { describe, expect, test, vi } from 'vitest';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));

const { saveSellerIdentityAction } = await import('./save-seller-identity-action');
const { saveInvoicingSettingsAction } = await import('./save-invoicing-settings-action');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const norwegian = { legalName: '', addressLine1: 'Storgata 1', postalCode: '0155', city: 'Oslo', country: 'NO', organisationNumber: '923609016', vatId: 'NL004495445B01', contactEmail: 'not an address' };

// Only refusals: nothing is written to the shop's settings, which every test file shares.
describe('a settings form refused in the staff member’s language', () => {
  test('German: the summary, each field’s problem and its arguments come from the catalog, not English', async () => {
    const owner = await createStaffUser('owner');
    viewer.current = { userId: owner.id, email: owner.email, role: 'owner', customerId: null };
    cookie.locale = 'de';
    const state = await saveSellerIdentityAction({}, form(norwegian));
    expect(state.error).toBe('Bitte korrigieren Sie die markierten Felder.');
    expect(state.fieldErrors).toEqual({
      legalName: 'Geben Sie den amtlichen Namen ein, wie im Handelsregister.',
      contactEmail: 'Geben Sie die E-Mail-Adresse ein, an die Kunden bei Fragen zu Rechnungen schreiben.',
    });
    expect(state.values?.addressLine1).toBe('Storgata 1');

    const dutchVatId = await saveSellerIdentityAction({}, form({ ...norwegian, legalName: 'Trendhouse AS', contactEmail: 'faktura@example.com' }));
    expect(dutchVatId.fieldErrors).toEqual({ vatId: 'Diese USt-IdNr. stammt nicht aus dem Land des Shops (NO).' });

    const tooLong = await saveSellerIdentityAction({}, form({ ...norwegian, legalName: 'x'.repeat(201), vatId: '', contactEmail: 'faktura@example.com' }));
    expect(tooLong.fieldErrors).toEqual({ legalName: 'Höchstens 200 Zeichen.' });

    const terms = await saveInvoicingSettingsAction({}, form({ timeZone: 'Europe/Berlin', invoiceSeriesId: 'x', invoicePrefix: 'RE', paymentTermsDays: '0' }));
    expect(terms.fieldErrors?.paymentTermsDays).toBe('Das Zahlungsziel ist eine ganze Zahl von Tagen zwischen 1 und 120.');
  });

  test.each([
    ['nb', 'Rett opp feltene som er markert.', 'Skriv inn det juridiske navnet slik det står i Foretaksregisteret.'],
    ['nl', 'Verbeter de gemarkeerde velden.', 'Vul de statutaire naam in, zoals in het handelsregister.'],
    [undefined, 'Please correct the marked fields.', 'Enter the legal name, as in the business register.'],
  ])('language cookie %s: the same refusal in that language (English without one)', async (locale, summary, legalName) => {
    const owner = await createStaffUser('owner');
    viewer.current = { userId: owner.id, email: owner.email, role: 'owner', customerId: null };
    cookie.locale = locale;
    const state = await saveSellerIdentityAction({}, form(norwegian));
    expect(state.error).toBe(summary);
    expect(state.fieldErrors?.legalName).toBe(legalName);
  });
});
