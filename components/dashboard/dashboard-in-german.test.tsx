import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { MrrMonth } from '@/db/queries/dashboard/get-mrr-months';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import { getListTexts } from '@/components/tables/table-texts';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { InvoicesTable } from './invoices-table';
import { LatestInvoices } from './latest-invoices';
import { MetricsDefinitions } from './metrics-definitions';
import { metricsRangeNotice } from './metrics-range-notice';
import { MrrMonthsTable } from './mrr-months-table';

// The server-paged table reads and writes the address bar.
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push: () => {} }),
  usePathname: () => '/dashboard/invoices',
  useSearchParams: () => new URLSearchParams(),
}));

/** German writes the euro after the amount, with a non-breaking space. */
const euro = (text: string) => `${text}\u00a0€`;

const invoice: InvoiceListRow = {
  id: 'i1',
  number: 'KD-3805-1',
  status: 'open',
  customerId: 'c1',
  customerName: 'Jonas Becker',
  customerEmail: 'jonas@example.test',
  currency: 'EUR',
  totalMinor: 123_456,
  amountPaidMinor: 0,
  paymentReference: null,
  dunningStep: 2,
  issuedAt: '3805-03-31T22:30:00.000Z',
  dueAt: '3805-04-14T22:30:00.000Z',
  createdAt: '3805-03-31T22:30:00.000Z',
};

const month: MrrMonth = {
  month: '3806-06',
  openingMinor: 1_563_300,
  closingMinor: 1_380_000,
  movements: { new: 250_000, expansion: 0, contraction: 0, churn: -433_300, reactivation: 0 },
  movementCounts: { new: 1, expansion: 0, contraction: 0, churn: 1, reactivation: 0 },
  subscribersAtStart: 6,
  subscribersAtEnd: 6,
  churnedCustomers: 1,
  customerChurnBp: 1667,
  grossRevenueChurnBp: 2772,
  netRevenueChurnBp: 2772,
};

describe('the dashboard for a staff member who chose German', () => {
  test('the invoices list: German column headers, statuses, paging, amounts and dates', () => {
    const html = renderToStaticMarkup(
      <InvoicesTable
        texts={getListTexts('de', 'invoices')}
        rows={[invoice]}
        sort={{ id: 'createdAt', desc: true }}
        sortable={['createdAt']}
        q=""
        paging={{ page: 1, size: 25, nextCursor: null, prevCursor: null }}
        timeZone="Europe/Berlin"
      />,
    );
    for (const header of ['Nummer', 'Kunde', 'Erstellt', 'Ausgestellt', 'Fällig', 'Mahnung', 'Gesamt']) expect(html).toContain(`${header}<`);
    expect(html).toContain(euro('1.234,56'));
    expect(html).toContain('01.04.3805');
    expect(html).toContain('>offen<');
    expect(html).toContain('2 erfolgt');
    expect(html).toContain('Seite 1 · Rechnungen 1–1');
    expect(html).toContain('Zurück');
    expect(html).toContain('placeholder="Suchen nach Nummer, Verwendungszweck, Name oder E-Mail"');
    for (const english of ['Customer', 'Issued', 'Previous', 'Page 1', '€1,234.56']) expect(html).not.toContain(english);
  });

  test('an empty list says so in German', () => {
    const html = renderToStaticMarkup(
      <InvoicesTable
        texts={getListTexts('de', 'invoices')}
        rows={[]}
        sort={{ id: 'createdAt', desc: true }}
        sortable={['createdAt']}
        q="becker"
        paging={{ page: 1, size: 25, nextCursor: null, prevCursor: null }}
        timeZone="Europe/Berlin"
      />,
    );
    expect(html).toContain('Keine passenden Rechnungen.');
  });

  test('the overview: months table with German movements, rates and amounts; definitions; latest invoices', () => {
    const months = renderToStaticMarkup(<MrrMonthsTable currency="EUR" months={[month]} locale="de" />);
    for (const header of ['Monat', 'MRR am Anfang', 'Neu', 'Abwanderung', 'Reaktivierung', 'Kündigungsrate', 'Netto-Umsatzverlust']) {
      expect(months).toContain(`>${header}</th>`);
    }
    expect(months).toContain(euro('15.633,00'));
    expect(months).toContain(euro('-4.333,00'));
    expect(months).toContain('16,67 %');

    const definitions = renderToStaticMarkup(<MetricsDefinitions locale="de" />);
    expect(definitions).toContain('So entstehen diese Kennzahlen');
    expect(definitions).toContain('<strong>Kündigungsrate</strong>');
    expect(definitions).toContain('<em>Abwanderung</em>');

    const latest = renderToStaticMarkup(<LatestInvoices rows={[invoice]} timeZone="Europe/Berlin" locale="de" />);
    expect(latest).toContain('Neueste Rechnungen');
    expect(latest).toContain(euro('1.234,56'));
  });

  test('what the server refused is said in German too', () => {
    expect(metricsRangeNotice('de', [{ kind: 'badMonth', which: 'from', months: 12 }])).toBe(
      'Der erste Monat muss als Monat im Format JJJJ-MM angegeben werden. Angezeigt werden die letzten 12 Monate.',
    );
    expect(listNoticeTexts('de', { kind: 'sort', id: 'password', allowed: 'createdAt' }, 'stale')).toEqual([
      'Diese Liste lässt sich nicht nach „password“ sortieren; sie sortiert nach createdAt.',
      'Dieser Seitenlink ist veraltet oder beschädigt; dies ist die erste Seite.',
    ]);
  });
});
