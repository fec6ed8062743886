import { beforeEach, describe, expect, test, vi } from 'vitest';
import { GET as creditNoteGet } from '@/app/(merchant)/dashboard/credit-notes/[id]/ehf/route';
import { GET as exportGet } from '@/app/(merchant)/dashboard/einvoices/export/route';
import { GET as invoiceGet } from '@/app/(merchant)/dashboard/invoices/[id]/ehf/route';
import { getViewer } from '@/lib/auth/viewer';
import { CUSTOMER, OWNER, refusal, routeRequest as request, SUPPORT, UNKNOWN } from '@/test/support/route-request';
import { domainError } from '@/lib/errors/domain-error';
import { createTestInvoice } from '@/lib/services/email/test-fixtures';
import { einvoiceResponse } from './einvoice-response';

// The session is Auth.js's business; the routes only need to know who is asking.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: vi.fn() }));
const viewer = vi.mocked(getViewer);

const download = (get: typeof invoiceGet, id: string, locale?: string) => get(request(`http://localhost/dashboard/x/${id}/ehf`, locale), { params: Promise.resolve({ id }) });

beforeEach(() => viewer.mockReset());

describe('the dashboard’s e-invoice downloads refuse in the staff member’s language', () => {
  test('signed out, a customer, a role without exports: 401 and 403 worded in the language chosen', async () => {
    viewer.mockResolvedValue(null);
    expect(await refusal(await download(invoiceGet, UNKNOWN, 'nl'))).toEqual({ status: 401, language: 'nl', error: 'Log in om facturen te downloaden.' });
    expect(await refusal(await download(invoiceGet, UNKNOWN))).toEqual({ status: 401, language: 'en', error: 'Sign in to download invoices.' });
    viewer.mockResolvedValue(CUSTOMER);
    expect(await refusal(await download(creditNoteGet, UNKNOWN, 'de'))).toEqual({
      status: 403,
      language: 'de',
      error: 'Nur die Mitarbeitenden des Shops können jede Gutschrift herunterladen.',
    });
    viewer.mockResolvedValue(SUPPORT);
    expect(await refusal(await exportGet(request('http://localhost/dashboard/einvoices/export?month=2026-03', 'nb')))).toEqual({
      status: 403,
      language: 'nb',
      error: 'Rollen din gir deg ikke lov til å eksportere e-fakturaer.',
    });
  });

  test('no such document: 404; a month that does not parse: 400', async () => {
    viewer.mockResolvedValue(OWNER);
    expect(await refusal(await download(invoiceGet, UNKNOWN, 'de'))).toMatchObject({ status: 404, error: 'Diese Rechnung gibt es nicht.' });
    expect(await refusal(await download(creditNoteGet, UNKNOWN, 'nl'))).toMatchObject({ status: 404, error: 'Die creditnota bestaat niet.' });
    expect(await refusal(await exportGet(request('http://localhost/dashboard/einvoices/export?month=2026-13', 'nl')))).toEqual({
      status: 400,
      language: 'nl',
      error: 'Kies een maand als JJJJ-MM, bijv. 2026-03.',
    });
  });

  test('a voided invoice: 422 saying why, with the builder’s code', async () => {
    viewer.mockResolvedValue(OWNER);
    const { invoice } = await createTestInvoice('en', 'void');
    const response = await download(invoiceGet, invoice.id, 'nb');
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'En annullert faktura har ingen e-faktura.', code: 'invoice-void' });
  });

  test('the shop’s identity incomplete: each missing setting named as Settings names it; a fault in the document in its own words', async () => {
    const missing = domainError('missing-seller-settings', 'The shop’s identity is incomplete.', undefined, { missing: 'legalName,address.street,vatId' });
    expect(await refusal(einvoiceResponse('de', { ok: false, error: missing }))).toEqual({
      status: 422,
      language: 'de',
      error: 'Die Angaben des Shops reichen für eine E-Rechnung nicht aus. Ergänzen Sie in den Einstellungen: amtlicher Name, Straße und Hausnummer, Umsatzsteuer-Identifikationsnummer.',
    });
    const fault = domainError('no-lines', 'A document needs at least one line.');
    expect((await refusal(einvoiceResponse('nl', { ok: false, error: fault }))).error).toBe(
      'Van dit document kan geen e-factuur worden gemaakt: A document needs at least one line.',
    );
  });
});
