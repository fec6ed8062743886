import { NextRequest } from 'next/server';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { GET } from '@/app/(merchant)/dashboard/exports/[list]/route';
import { db } from '@/db/client';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { PAYMENT_LIST, paymentBatches, totalPaymentsList } from '@/db/queries/dashboard/list-payments-page';
import { payments, type NewPayment } from '@/db/schema';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { minorToDecimal } from '@/lib/csv';
import { createTestCustomer } from '@/lib/services/email/test-fixtures';
import { defaultListQuery } from '@/lib/validations/list-query';
import { paymentsFilterText } from '@/components/merchant/payments-filter-text';
import { parsePaymentsReportQuery, type PaymentsReportFilters } from './payments-report-filters';

vi.mock('@/lib/auth/viewer', () => ({
  getViewer: vi.fn(),
  isMerchant: (v: Viewer | null) => v?.role === 'owner' || v?.role === 'admin',
}));
const viewer = vi.mocked(getViewer);

const AMS = 'Europe/Amsterdam';
const NOW = new Date('2012-03-15T12:00:00Z');
const filtersOf = (query: Record<string, string>) => {
  const parsed = parsePaymentsReportQuery(query, { now: NOW, timeZone: AMS });
  if (!parsed.ok) throw new Error(parsed.problem.kind);
  return parsed.value;
};

/** The payments list with the report's filters, every row oldest first, and its totals per currency. */
async function paymentsReport(filters: PaymentsReportFilters) {
  const query = defaultListQuery(PAYMENT_LIST, { sort: { id: 'settledAt', desc: false } });
  const rows = [];
  for await (const batch of paymentBatches(REAL_TIME, filters, query)) rows.push(...batch);
  return { rows, totals: await totalPaymentsList(REAL_TIME, filters, query) };
}

// Leap-year days nobody else's tests settle payments on; Amsterdam is UTC+1 then.
let ids: Record<string, string> = {};
beforeAll(async () => {
  const customer = await createTestCustomer('en');
  const base = { customerId: customer.id, provider: 'test', currency: 'EUR', status: 'paid', source: 'checkout', method: 'ideal' } as const;
  const rows: Array<[string, Partial<NewPayment>]> = [
    ['lastMinuteOf28th', { settledAt: new Date('2012-02-28T22:59:00Z'), amountMinor: 100 }],
    ['firstMinuteOf29th', { settledAt: new Date('2012-02-28T23:00:00Z'), amountMinor: 3200, providerPaymentId: `tp_report_${customer.id}` }],
    ['manualOn1st', { settledAt: new Date('2012-03-01T22:59:59Z'), amountMinor: 123456, method: 'bank_transfer', source: 'manual', provider: 'none', reference: '=SUM(A1)' }],
    ['nokOn1st', { settledAt: new Date('2012-03-01T10:00:00Z'), amountMinor: 50000, currency: 'NOK', method: 'card' }],
    ['failedOn1st', { settledAt: new Date('2012-03-01T11:00:00Z'), amountMinor: 999, status: 'failed' }],
    ['midnightOf2nd', { settledAt: new Date('2012-03-01T23:00:00Z'), amountMinor: 7 }],
  ];
  const inserted = await db
    .insert(payments)
    .values(rows.map(([, values]) => ({ ...base, amountMinor: 0, ...values })))
    .returning({ id: payments.id });
  ids = Object.fromEntries(rows.map(([name], i) => [name, inserted[i]!.id]));
});

describe('payments report', () => {
  test('the days are the shop’s calendar days, both inclusive', async () => {
    const report = await paymentsReport(filtersOf({ from: '2012-02-29', to: '2012-03-01', status: 'any' }));
    expect(report.rows.map((r) => r.id)).toEqual([ids.firstMinuteOf29th, ids.nokOn1st, ids.failedOn1st, ids.manualOn1st]);
    expect(report.totals).toEqual([
      { currency: 'EUR', count: 3, amountMinor: 3200 + 999 + 123456 },
      { currency: 'NOK', count: 1, amountMinor: 50000 },
    ]);
  });

  test('without a status, only money received: paid payments', async () => {
    const report = await paymentsReport(filtersOf({ from: '2012-02-29', to: '2012-03-01' }));
    expect(report.rows.map((r) => r.id)).toEqual([ids.firstMinuteOf29th, ids.nokOn1st, ids.manualOn1st]);
    expect(report.totals).toEqual([
      { currency: 'EUR', count: 2, amountMinor: 3200 + 123456 },
      { currency: 'NOK', count: 1, amountMinor: 50000 },
    ]);
  });

  test.each([
    [{ method: 'bank_transfer' }, ['manualOn1st']],
    [{ status: 'failed' }, ['failedOn1st']],
    [{ source: 'manual' }, ['manualOn1st']],
    [{ status: 'paid', method: 'ideal' }, ['firstMinuteOf29th']],
  ])('filters %j', async (extra, expected) => {
    const report = await paymentsReport(filtersOf({ from: '2012-02-29', to: '2012-03-01', ...extra }));
    expect(report.rows.map((r) => r.id)).toEqual(expected.map((name) => ids[name]));
  });

  test.each([
    [{ from: '2012-02-30' }, { kind: 'badDate', which: 'from' }, 'The start date must be a real date written as YYYY-MM-DD, like 2026-03-31.'],
    [{ to: '1/3/2012' }, { kind: 'badDate', which: 'to' }, 'The end date must be a real date written as YYYY-MM-DD, like 2026-03-31.'],
    [{ from: '2012-03-02', to: '2012-03-01' }, { kind: 'order' }, 'The start date must not be after the end date.'],
    [
      { method: 'cash' },
      { kind: 'badChoice', name: 'method', allowed: 'card, ideal, bancontact, paypal, sepa_debit, bank_transfer, balance' },
      'Method must be one of: card, ideal, bancontact, paypal, sepa_debit, bank_transfer, balance.',
    ],
    [
      { status: 'lost' },
      { kind: 'badChoice', name: 'status', allowed: 'pending, paid, failed, canceled, charged_back, any' },
      'Status must be one of: pending, paid, failed, canceled, charged_back, any.',
    ],
  ] as const)('a bad filter %j is answered as the problem, which the page and the export word', (query, problem, english) => {
    const parsed = parsePaymentsReportQuery(query, { now: NOW, timeZone: AMS });
    expect(parsed).toEqual({ ok: false, problem });
    expect(paymentsFilterText('en', problem)).toBe(english);
  });

  test('without dates: this month up to today; empty selects mean any', () => {
    expect(parsePaymentsReportQuery({ method: '', status: '' }, { now: NOW, timeZone: AMS })).toMatchObject({
      ok: true,
      value: { fromDate: '2012-03-01', toDate: '2012-03-15', from: new Date('2012-02-29T23:00:00Z'), to: new Date('2012-03-15T23:00:00Z') },
    });
  });

  test.each([
    [0, 'EUR', '0.00'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [123456, 'EUR', '1234.56'],
    [1200, 'JPY', '1200'],
    [1234, 'KWD', '1.234'],
  ])('%i minor units of %s are %s', (minor, currency, text) => {
    expect(minorToDecimal(minor, currency)).toBe(text);
  });
});

describe('GET /dashboard/exports/payments (the streamed CSV)', () => {
  const staff: Viewer = { userId: 'm', email: 'm@example.test', role: 'admin', customerId: null };
  const download = (query: string, locale?: string) =>
    GET(new NextRequest(`http://localhost/dashboard/exports/payments?${query}`, { headers: locale ? { cookie: `kadens_locale=${locale}` } : {} }), {
      params: Promise.resolve({ list: 'payments' }),
    });
  beforeEach(() => viewer.mockReset());

  test('staff get the CSV as an attachment: the report’s rows, ISO instants, exact decimals, formulas defused', async () => {
    viewer.mockResolvedValue(staff);
    const response = await download('from=2012-02-29&to=2012-03-01&status=any&currency=ignored&sort=settledAt');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="payments-\d{4}-\d\d-\d\d\.csv"$/);
    const lines = (await response.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'payment_id,settled_at,customer_name,customer_email,invoice_number,amount,currency,method,status,source,provider,provider_payment_id,reference,failure_reason,reversed_at,chargeback_fee',
    );
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).toContain(',500.00,NOK,card,');
    expect(lines[4]).toMatch(new RegExp(`^${ids.manualOn1st},2012-03-01T22:59:59.000Z,Test Customer,[^,]+,,1234.56,EUR,bank_transfer,paid,manual,none,,'=SUM\\(A1\\),,,$`));
  });

  test.each([
    ['from=2012-13-01', 'en', 'The start date must be a real date written as YYYY-MM-DD, like 2026-03-31.'],
    ['from=2012-13-01', 'de', 'Das Anfangsdatum muss ein echtes Datum im Format JJJJ-MM-TT sein, etwa 2026-03-31.'],
    ['from=2012-03-02&to=2012-03-01', 'nl', 'De begindatum mag niet na de einddatum liggen.'],
    ['method=cash', 'de', 'Zahlungsart muss einer dieser Werte sein: card, ideal, bancontact, paypal, sepa_debit, bank_transfer, balance.'],
  ])('a bad filter (%s) is a 400 in the staff member’s language (%s), as the payments page words it, not a 500', async (query, locale, error) => {
    viewer.mockResolvedValue(staff);
    const response = await download(query, locale);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-language')).toBe(locale);
    expect(await response.json()).toEqual({ error });
  });

  test.each([
    ['signed out', null, 401],
    ['a customer', { userId: 'c', email: 'c@example.test', role: 'customer', customerId: 'c1' } as Viewer, 403],
  ])('%s is refused', async (_who, who, status) => {
    viewer.mockResolvedValue(who);
    expect((await download('')).status).toBe(status);
  });
});
