import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { OutboxEmailDetail } from '@/db/queries/dashboard/get-outbox-email';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import type { SubscriberRow } from '@/db/queries/dashboard/list-subscribers';
import { getListTexts } from '@/components/tables/table-texts';
import { InvoicesTable } from './invoices-table';
import { LatestInvoices } from './latest-invoices';
import { OutboxEmailView } from './outbox-email-view';
import { OutboxTable } from './outbox-table';
import { getSubscriberListTexts } from './subscriber-list-texts';
import { SubscribersTable } from './subscribers-table';

// The row's "Stop now" form posts to a server action; rendering needs only its reference.
vi.mock('@/lib/actions/subscriptions/stop-subscription-action', () => ({ stopSubscriptionAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/set-customer-can-stop-action', () => ({ setCustomerCanStopAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/set-customer-can-pause-action', () => ({ setCustomerCanPauseAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/staff-pause-subscription-action', () => ({ staffPauseSubscriptionAction: async () => ({}) }));
vi.mock('@/lib/actions/subscriptions/staff-resume-subscription-action', () => ({ staffResumeSubscriptionAction: async () => ({}) }));
// The server-paged tables read and write the address bar.
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push: () => {} }),
  usePathname: () => '/dashboard/list',
  useSearchParams: () => new URLSearchParams('q=daan&page=2&after=x'),
}));

/** The list props of a first page sorted by start, as the pages pass them. */
const list = {
  sort: { id: 'startedAt', desc: true },
  sortable: ['startedAt'],
  q: '',
  paging: { page: 1, size: 25, nextCursor: null, prevCursor: null },
} as const;
import { dashboardTestIds } from './test-ids';

const subscriber: SubscriberRow = {
  id: 's1',
  customerId: 'c1',
  customerName: 'Daan de Vries',
  customerEmail: 'daan@example.test',
  productName: 'Trendhouse',
  planName: 'Quarterly',
  status: 'past_due',
  quantity: 2,
  currency: 'EUR',
  unitPriceMinor: 9000,
  termPriceMinor: 18000,
  intervalUnit: 'month',
  intervalCount: 3,
  currentPeriodEnd: '2026-03-31T22:00:00.000Z',
  startedAt: '2026-01-01T08:00:00.000Z',
  stopsAt: null,
  stopReason: null,
  stopReasonNote: null,
  customerCanStop: true,
  endsAt: null,
  pausing: false,
  pauseResumesAt: null,
  customerCanPause: true,
};

const invoice = (over: Partial<InvoiceListRow>): InvoiceListRow => ({
  id: 'i1',
  number: 'KD-7',
  status: 'open',
  customerId: 'c1',
  customerName: 'Daan de Vries',
  customerEmail: 'daan@example.test',
  currency: 'EUR',
  totalMinor: 3200,
  amountPaidMinor: 0,
  paymentReference: null,
  dunningStep: null,
  issuedAt: '2026-03-31T22:30:00.000Z',
  dueAt: null,
  createdAt: '2026-03-31T22:30:00.000Z',
  ...over,
});

describe('SubscribersTable', () => {
  const html = renderToStaticMarkup(<SubscribersTable {...list} texts={getSubscriberListTexts('en')} rows={[subscriber]} timeZone="Europe/Amsterdam" canStop />);

  test('the stop button only for a role that may stop subscriptions', () => {
    expect(html).toContain('data-testid="stop-subscription"');
    const readOnly = renderToStaticMarkup(<SubscribersTable {...list} texts={getSubscriberListTexts('en')} rows={[subscriber]} timeZone="Europe/Amsterdam" canStop={false} />);
    expect(readOnly).not.toContain('data-testid="stop-subscription"');
    expect(html).toContain('Forbid self-service stop');
    expect(readOnly).not.toContain('data-testid="customer-can-stop"');
  });

  test("a customer's scheduled stop shows when it takes effect and why; an undone one keeps the reason", () => {
    expect(html).not.toContain('subscriber-stop-reason');
    const stopping = { ...subscriber, stopsAt: subscriber.currentPeriodEnd, stopReason: 'too_expensive', stopReasonNote: 'Cheaper elsewhere' };
    const scheduled = renderToStaticMarkup(<SubscribersTable {...list} texts={getSubscriberListTexts('en')} rows={[stopping]} timeZone="Europe/Amsterdam" canStop />);
    expect(scheduled).toContain('Stops 2026-04-01');
    expect(scheduled).toContain('Reason for stopping: It is too expensive');
    expect(scheduled).toContain('Cheaper elsewhere');
    const undone = renderToStaticMarkup(<SubscribersTable {...list} texts={getSubscriberListTexts('en')} rows={[{ ...stopping, stopsAt: null }]} timeZone="Europe/Amsterdam" canStop />);
    expect(undone).toContain('Stop undone; reason given: It is too expensive');
  });

  test('one row per subscription with the e-mail as plain text in its own cell', () => {
    expect(html.match(new RegExp(`data-testid="${dashboardTestIds.subscriberRow}"`, 'g'))).toHaveLength(1);
    expect(html).toContain(`<td><span data-testid="${dashboardTestIds.subscriberEmail}">daan@example.test</span></td>`);
    expect(html).not.toContain('mailto:');
  });

  test('shows the term price with its interval, the unit price, the status and dates in the shop zone', () => {
    expect(html).toContain('€180.00 / 3 months');
    expect(html).toContain('€90.00 each');
    expect(html).toContain('<span class="badge past_due">past due</span>');
    expect(html).toContain('2026-04-01');
    expect(html).toContain('Trendhouse · Quarterly');
    // A live subscription can be stopped by staff from its row.
    expect(html).toContain('data-testid="stop-subscription"');
  });
});

describe('ServerTable (through SubscribersTable)', () => {
  test('the export link carries the search and filters, never the page cursor; sortable headers are buttons', () => {
    const html = renderToStaticMarkup(<SubscribersTable {...list} texts={getSubscriberListTexts('en')} rows={[subscriber]} timeZone="UTC" canStop exportPath="/dashboard/exports/subscribers" />);
    expect(html).toContain('href="/dashboard/exports/subscribers?q=daan"');
    expect(html.match(/<button type="button" class="[^"]*sortButton[^"]*">/g)).toHaveLength(1);
    expect(html).toContain('Page 1 · subscriptions 1–1');
  });

  test('paging buttons are disabled at the ends', () => {
    const html = renderToStaticMarkup(<SubscribersTable {...list} texts={getSubscriberListTexts('en')} rows={[subscriber]} timeZone="UTC" canStop={false} />);
    expect(html).toMatch(new RegExp(`disabled="" data-testid="${dashboardTestIds.tableNextPage}"`));
    const middle = renderToStaticMarkup(
      <SubscribersTable {...list} texts={getSubscriberListTexts('en')} paging={{ page: 2, size: 25, nextCursor: 'n', prevCursor: 'p' }} rows={[subscriber]} timeZone="UTC" canStop={false} />,
    );
    expect(middle).not.toMatch(/disabled=""/);
  });
});

describe('InvoicesTable', () => {
  const html = renderToStaticMarkup(
    <InvoicesTable
      texts={getListTexts('en', 'invoices')}
      {...list}
      rows={[invoice({}), invoice({ id: 'i2', number: null, status: 'draft', issuedAt: null, totalMinor: 999 })]}
      timeZone="Europe/Amsterdam"
    />,
  );

  test('rows carry the test id; drafts show "draft" instead of a number', () => {
    expect(html.match(new RegExp(`data-testid="${dashboardTestIds.invoiceRow}"`, 'g'))).toHaveLength(2);
    expect(html).toContain('KD-7');
    expect(html).toMatch(/<span class="muted">draft<\/span>/);
    expect(html).toContain('€32.00');
    expect(html).toContain('€9.99');
  });
});

describe('LatestInvoices', () => {
  test('lists the rows it is given', () => {
    const html = renderToStaticMarkup(<LatestInvoices rows={[invoice({})]} timeZone="UTC" />);
    expect(html.match(new RegExp(`data-testid="${dashboardTestIds.latestInvoiceRow}"`, 'g'))).toHaveLength(1);
    expect(html).toContain('2026-03-31');
  });
});

describe('OutboxTable', () => {
  test('links each message to its page and shows its error', () => {
    const html = renderToStaticMarkup(
      <OutboxTable
        texts={getListTexts('en', 'outbox')}
        {...list}
        rows={[
          {
            id: '7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10',
            createdAt: '2026-03-31T22:30:00.000Z',
            toAddress: 'daan@example.test',
            subject: 'Your invoice',
            template: 'invoice-issued',
            status: 'failed',
            error: 'Mailbox full',
            links: [],
          },
        ]}
        timeZone="Europe/Amsterdam"
      />,
    );
    expect(html).toContain(`data-testid="${dashboardTestIds.outboxRow}"`);
    expect(html).toContain('href="/dashboard/outbox/7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10"');
    expect(html).toContain('Mailbox full');
    expect(html).toContain('2026-04-01 00:30');
  });
});

describe('OutboxEmailView', () => {
  const email: OutboxEmailDetail = {
    id: '7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10',
    dedupeKey: 'invoice-issued:1',
    template: 'invoice-issued',
    locale: 'nl',
    toAddress: 'daan@example.test',
    subject: 'Your invoice',
    html: '<p>Hi</p><script>alert(1)</script>',
    text: 'Hi\n\nThanks',
    transport: 'outbox',
    status: 'stored',
    providerMessageId: null,
    error: null,
    createdAt: '2026-03-31T22:30:00.000Z',
    sentAt: null,
    withheld: null,
    links: [],
  };
  const html = renderToStaticMarkup(<OutboxEmailView email={email} timeZone="UTC" />);

  test.each([
    ['sensitive', 'carries a sign-in link'],
    ['purged', 'deleted after the retention period'],
  ] as const)('a %s message shows its headers and why there is no text', (withheld, why) => {
    const shown = renderToStaticMarkup(<OutboxEmailView email={{ ...email, html: '', text: '', withheld }} timeZone="UTC" />);
    expect(shown).toContain('daan@example.test');
    expect(shown).toContain(why);
    expect(shown).not.toContain('<iframe');
    expect(shown).not.toContain(dashboardTestIds.outboxEmailText);
  });

  test('renders the HTML only inside a fully sandboxed iframe', () => {
    expect(html).toMatch(/<iframe sandbox="" srcDoc="&lt;p&gt;Hi&lt;\/p&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    expect(html).not.toContain('<script>');
  });

  test('shows the headers and the plain text', () => {
    expect(html).toContain(`data-testid="${dashboardTestIds.outboxEmailHeaders}"`);
    expect(html).toContain('daan@example.test');
    expect(html).toContain('invoice-issued:1');
    expect(html).toContain(`<pre data-testid="${dashboardTestIds.outboxEmailText}" style="white-space:pre-wrap;margin:0">Hi\n\nThanks</pre>`);
  });
});
