import { beforeEach, describe, expect, test, vi } from 'vitest';
import { GET as creditNotePdfGet } from '@/app/(merchant)/dashboard/credit-notes/[id]/pdf/route';
import { GET as listExportGet } from '@/app/(merchant)/dashboard/exports/[list]/route';
import { GET as dataExportGet } from '@/app/(merchant)/dashboard/exports/data/[table]/route';
import { getViewer } from '@/lib/auth/viewer';
import { CUSTOMER, OWNER, refusal, routeRequest as request, SUPPORT, UNKNOWN } from '@/test/support/route-request';

// The session is Auth.js's business; the routes only need to know who is asking.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
const viewer = vi.mocked(getViewer);

const creditNotePdf = (locale?: string) => creditNotePdfGet(request(`http://localhost/dashboard/credit-notes/${UNKNOWN}/pdf`, locale), { params: Promise.resolve({ id: UNKNOWN }) });
const listExport = (list: string, locale?: string, query = '') =>
  listExportGet(request(`http://localhost/dashboard/exports/${list}${query}`, locale), { params: Promise.resolve({ list }) });
const dataExport = (table: string, locale?: string) => dataExportGet(request(`http://localhost/dashboard/exports/data/${table}`, locale), { params: Promise.resolve({ table }) });

beforeEach(() => viewer.mockReset());

describe('the credit-note PDF and the CSV exports refuse in the staff member’s language', () => {
  test('signed out, a customer, a role without exports: 401 and 403, in English and in the language chosen', async () => {
    viewer.mockResolvedValue(null);
    expect(await refusal(await listExport('payments', 'de'))).toEqual({ status: 401, language: 'de', error: 'Melden Sie sich an, um zu exportieren.' });
    expect(await refusal(await dataExport('invoices'))).toEqual({ status: 401, language: 'en', error: 'Sign in to export.' });
    expect(await refusal(await creditNotePdf('nb'))).toEqual({ status: 401, language: 'nb', error: 'Logg inn for å laste ned kreditnotaer.' });
    viewer.mockResolvedValue(CUSTOMER);
    expect(await refusal(await creditNotePdf('nl'))).toEqual({ status: 403, language: 'nl', error: 'Alleen medewerkers van de winkel kunnen elke creditnota downloaden.' });
    expect(await refusal(await listExport('payments'))).toEqual({ status: 403, language: 'en', error: 'Only the shop’s staff can export.' });
    viewer.mockResolvedValue(SUPPORT);
    expect(await refusal(await dataExport('invoices', 'nl'))).toEqual({ status: 403, language: 'nl', error: 'Met uw rol kunt u geen exports maken.' });
    expect(await refusal(await listExport('payments'))).toEqual({ status: 403, language: 'en', error: 'Your role does not allow you to export.' });
  });

  test('no such credit note, list or table: 404 saying so', async () => {
    viewer.mockResolvedValue(OWNER);
    expect(await refusal(await creditNotePdf('de'))).toEqual({ status: 404, language: 'de', error: 'Diese Gutschrift gibt es nicht.' });
    expect(await refusal(await creditNotePdf())).toEqual({ status: 404, language: 'en', error: 'That credit note does not exist.' });
    expect(await refusal(await listExport('secrets', 'nb'))).toEqual({ status: 404, language: 'nb', error: 'Det finnes ingen liste med navnet «secrets» som kan eksporteres.' });
    const table = await refusal(await dataExport('secrets', 'nl'));
    expect(table).toMatchObject({ status: 404, language: 'nl' });
    expect(table.error).toMatch(/^De export heeft geen tabel met de naam “secrets”; er zijn .*invoices/);
  });

  test('a sort the list does not have: 400 saying which, in the words of the list page', async () => {
    viewer.mockResolvedValue(OWNER);
    const german = await refusal(await listExport('invoices', 'de', '?sort=password'));
    const english = await refusal(await listExport('invoices', undefined, '?sort=password'));
    expect(german).toMatchObject({ status: 400, language: 'de', error: expect.stringContaining('„password“') });
    expect(english).toMatchObject({ status: 400, language: 'en', error: expect.stringContaining('“password”') });
    expect(german.error).toMatch(/^Diese Liste lässt sich nicht nach/);
  });
});
