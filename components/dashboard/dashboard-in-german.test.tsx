import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { MrrMonth } from '@/db/queries/dashboard/get-mrr-months';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import type { SubscriberRow } from '@/db/queries/dashboard/list-subscribers';
import { getListTexts } from '@/components/tables/table-texts';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { InvoicesTable } from './invoices-table';
import { LatestInvoices } from './latest-invoices';
import { MetricsDefinitions } from './metrics-definitions';
import { metricsRangeNotice } from './metrics-range-notice';
import { MrrMonthsTable } from './mrr-months-table';
import { MrrSubscriptionsTable } from './mrr-subscriptions-table';
import { getSubscriberListTexts } from './subscriber-list-texts';
import { SubscribersTable } from './subscribers-table';
import { ReadOnlyUnless } from './read-only-unless';
import { SubscriptionCollectionForm } from './subscription-by-hand-forms';
import { templatesOf } from '@/lib/i18n/templates';

// The subscriber row's buttons post to server actions; rendering needs only their references.
vi.mock('@/lib/actions/subscriptions/stop-subscription-action', () => ({ stopSubscriptionAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/set-customer-can-stop-action', () => ({ setCustomerCanStopAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/set-customer-can-pause-action', () => ({ setCustomerCanPauseAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/staff-pause-subscription-action', () => ({ staffPauseSubscriptionAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/set-subscription-collection-action', () => ({ setSubscriptionCollectionAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/extend-subscription-action', () => ({ extendSubscriptionAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/add-one-off-charge-action', () => ({ addOneOffChargeAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/staff-resume-subscription-action', () => ({ staffResumeSubscriptionAction: async () => ({}) }));

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

  test("a subscriber's row: its buttons, the pause lengths and the customer's stop with its reason in German", () => {
    const row: SubscriberRow = {
      id: 's1',
      customerId: 'c1',
      customerName: 'Jonas Becker',
      customerEmail: 'jonas@example.test',
      productName: 'Trendhouse',
      planName: 'Monatlich',
      status: 'active',
      quantity: 1,
      currency: 'EUR',
      unitPriceMinor: 1500,
      termPriceMinor: 1500,
      intervalUnit: 'month',
      intervalCount: 1,
      currentPeriodEnd: '3805-04-30T22:00:00.000Z',
      startedAt: '3805-01-01T08:00:00.000Z',
      stopsAt: '3805-04-30T22:00:00.000Z',
      stopReason: 'too_expensive',
      stopReasonNote: 'Anderswo günstiger',
      customerCanStop: true,
      endsAt: '3805-04-30T22:00:00.000Z',
      pausing: false,
      pauseResumesAt: null,
      customerCanPause: false,
    };
    const table = (rows: SubscriberRow[]) =>
      renderToStaticMarkup(
        <SubscribersTable
          texts={getSubscriberListTexts('de')}
          rows={rows}
          sort={{ id: 'startedAt', desc: true }}
          sortable={['startedAt']}
          q=""
          paging={{ page: 1, size: 25, nextCursor: null, prevCursor: null }}
          timeZone="Europe/Berlin"
          maxPauseTerms={3}
          canStop
        />,
      );
    const html = table([row]);
    expect(html).toContain('>Jetzt beenden</button>');
    expect(html).toContain('>Selbst beenden verbieten</button>');
    expect(html).toContain('>Selbst pausieren erlauben</button>');
    expect(html).toContain('aria-label="Pausieren für"');
    for (const option of ['1 Laufzeit', '3 Laufzeiten', 'bis zur Fortsetzung']) expect(html).toContain(`>${option}</option>`);
    expect(html).toContain('Zum Laufzeitende pausieren');
    expect(html).toContain('Endet am 01.05.3805');
    expect(html).toContain('Grund für die Kündigung: Es ist zu teuer');
    expect(html).toContain('Anderswo günstiger');
    expect(table([{ ...row, stopsAt: null }])).toContain('Kündigung zurückgenommen; angegebener Grund: Es ist zu teuer');
    expect(table([{ ...row, pausing: true }])).toContain('>Fortsetzen</button>');
    for (const english of ['Stop now', 'Forbid', 'Allow', 'Pause at', ' terms<', 'until resumed', 'Stops', 'Reason for stopping', 'It is too expensive']) expect(html).not.toContain(english);
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

  test('the subscriptions behind a figure: German headers, status, amount and time', () => {
    const row = { subscriptionId: 's4', customerId: 'c3', customerName: 'Jonas Becker', productName: 'Trendhouse', planName: 'Wöchentlich', status: 'paused' as const, amountMinor: -4333, occurredAt: new Date('3805-06-10T12:00:00Z') };
    const html = renderToStaticMarkup(<MrrSubscriptionsTable rows={[row]} currency="EUR" timeZone="Europe/Berlin" withDate locale="de" />);
    for (const header of ['Kunde', 'Produkt und Tarif', 'Status jetzt', 'Datum', 'MRR-Änderung']) expect(html).toContain(`>${header}</th>`);
    expect(html).toContain('>pausiert</span>');
    expect(html).toContain(euro('-43,33'));
    expect(html).toContain('10.06.3805 14:00');
    expect(renderToStaticMarkup(<MrrSubscriptionsTable rows={[]} currency="EUR" timeZone="Europe/Berlin" withDate={false} locale="de" />)).toContain('Keine Abonnements.');
  });

  test('a form the role may only read, and the collection form, in German', () => {
    const readOnly = renderToStaticMarkup(
      <ReadOnlyUnless allowed={false} locale="de">
        <input />
      </ReadOnlyUnless>,
    );
    expect(readOnly).toContain('Ihre Rolle darf dies lesen, aber nicht ändern.');
    const t = templatesOf('de', 'dashboard.manage.customer');
    const texts = { heading: t.collection, labels: { charge_automatically: t.collection_charge_automatically, send_invoice: t.collection_send_invoice }, save: t.saveCollection };
    const html = renderToStaticMarkup(<SubscriptionCollectionForm customerId="c1" subscriptionId="s1" collection="send_invoice" texts={texts} />);
    expect(html).toContain('Einzug<select');
    expect(html).toContain('>automatisch abbuchen</option>');
    expect(html).toContain('>Rechnung senden</option>');
    expect(html).toContain('Einzug speichern');
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
