import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { EventDeliveryError, SubscriptionBillingError } from '@/db/queries/dashboard/list-billing-errors';
import type { ClockInvoiceRow } from '@/db/queries/test-clocks/list-clock-invoices';
import type { ClockSubscriptionRow } from '@/db/queries/test-clocks/list-clock-subscriptions';
import { advanceReportTexts } from './advance-report-texts';
import { AdvanceReportView } from './advance-report-view';
import { BillingErrorsPanel } from './billing-errors-panel';
import { ClockEmailsTable } from './clock-emails-table';
import { ClockEngineLogTable } from './clock-engine-log-table';
import { ClockInvoicesTable } from './clock-invoices-table';
import { clockInvoicesTexts } from './clock-invoices-texts';
import { ClockSubscriptionsTable } from './clock-subscriptions-table';
import { TestClocksTable } from './test-clocks-table';
import { testClockTestIds as ids } from './test-ids';
import { getTableTexts } from '@/components/tables/table-texts';

const AMS = 'Europe/Amsterdam';
const count = (html: string, testId: string) => html.match(new RegExp(`data-testid="${testId}"`, 'g'))?.length ?? 0;

describe('TestClocksTable', () => {
  test('links each clock to its page, with its time in its zone (the shop\'s by default) and its customers', () => {
    const clock = { frozenTime: '2026-02-28T09:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' };
    const html = renderToStaticMarkup(
      <TestClocksTable
        rows={[
          { id: 'c1', name: 'Dunning', timeZone: null, customerCount: 3, ...clock },
          { id: 'c2', name: 'Auckland DST', timeZone: 'Pacific/Auckland', customerCount: 1, ...clock },
        ]}
        timeZone={AMS}
        locale="en"
      />,
    );
    expect(count(html, ids.clockRow)).toBe(2);
    expect(html).toContain('href="/dashboard/test-clocks/c1"');
    expect(html).toContain(`<td data-testid="${ids.clockRowTime}">2026-02-28 10:00</td>`);
    // 09:00 UTC is 22:00 in Auckland (NZDT, +13), and the row says which zone that is.
    expect(html).toContain(`<td data-testid="${ids.clockRowTime}">2026-02-28 22:00<span class="muted"> (Pacific/Auckland)</span></td>`);
    expect(html).toMatch(new RegExp(`data-testid="${ids.clockRowCustomers}">3<`));
  });

  test('an empty list says what a clock is for', () => {
    expect(renderToStaticMarkup(<TestClocksTable rows={[]} timeZone={AMS} locale="en" />)).toContain('No test clocks yet');
  });

  test('in Dutch: the headers, the times as Dutch staff write them, the empty list', () => {
    const clock = { id: 'c1', name: 'Herinneringen', timeZone: null, customerCount: 3, frozenTime: '2026-02-28T09:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' };
    const html = renderToStaticMarkup(<TestClocksTable rows={[clock]} timeZone={AMS} locale="nl" />);
    for (const text of ['<th>Naam</th>', '<th>Gesimuleerde tijd</th>', 'Gesimuleerde klanten', '<th>Aangemaakt</th>', '28-02-2026 10:00']) expect(html).toContain(text);
    expect(renderToStaticMarkup(<TestClocksTable rows={[]} timeZone={AMS} locale="nl" />)).toContain('Nog geen testklokken.');
  });
});

describe('ClockSubscriptionsTable', () => {
  const row: ClockSubscriptionRow = {
    id: 's1',
    customerId: 'c1',
    customerName: 'Simulated 1',
    customerEmail: 'simulated-1@example.invalid',
    productName: 'Trendhouse',
    planName: 'Monthly',
    status: 'past_due',
    quantity: 2,
    currentTerm: 1,
    currentPeriodStart: '2026-02-28T09:00:00.000Z',
    currentPeriodEnd: '2026-03-31T08:00:00.000Z',
    nextAction: 'announce',
    nextActionTerm: 2,
    nextActionAt: '2026-03-17T09:00:00.000Z',
    lastError: 'Mandate revoked',
    lastErrorAt: '2026-03-15T09:00:00.000Z',
  };

  test('status, term, period, next action and last error', () => {
    const html = renderToStaticMarkup(<ClockSubscriptionsTable rows={[row]} timeZone={AMS} />);
    expect(html).toContain('<span class="badge past_due">past due</span>');
    expect(html).toMatch(new RegExp(`data-testid="${ids.subscriptionTerm}">1<`));
    expect(html).toContain('2026-02-28 – 2026-03-31');
    expect(html).toContain('<code>announce</code> (term 2)');
    expect(html).toContain('2026-03-17 10:00');
    expect(html).toContain('Mandate revoked');
    expect(html).toContain(' × 2');
  });

  test('no next action and no error are shown as such', () => {
    const html = renderToStaticMarkup(
      <ClockSubscriptionsTable rows={[{ ...row, nextAction: null, nextActionTerm: null, nextActionAt: null, lastError: null, lastErrorAt: null }]} timeZone={AMS} />,
    );
    expect(html).toContain('<span class="muted">none</span>');
    expect(html).not.toContain('Mandate revoked');
  });

  test('in Norwegian: headers, status, dates, the next action\'s term; an empty clock says so', () => {
    const html = renderToStaticMarkup(<ClockSubscriptionsTable rows={[row]} timeZone={AMS} locale="nb" />);
    for (const text of ['<th>Produkt / plan</th>', '<th>Gjeldende periode</th>', '<th>Neste steg</th>', '<th>Siste feil</th>', '<span class="badge past_due">forfalt</span>', '28.02.2026 – 31.03.2026', '<code>announce</code> (periode 2)', '17.03.2026 10:00'])
      expect(html).toContain(text);
    expect(renderToStaticMarkup(<ClockSubscriptionsTable rows={[]} timeZone={AMS} locale="nb" />)).toContain('Ingen simulerte abonnenter ennå.');
  });
});

describe('ClockInvoicesTable', () => {
  test('term (or "order" for the checkout), status, dates and total', () => {
    const base = { customerName: 'Simulated 1', currency: 'EUR', amountPaidMinor: 0 };
    const html = renderToStaticMarkup(
      <ClockInvoicesTable
        texts={clockInvoicesTexts('en')}
        rows={[
          { ...base, id: 'i2', number: 'SIM-1-000002', term: 1, status: 'open', totalMinor: 3450, issuedAt: '2026-02-21T09:00:00.000Z', dueAt: '2026-03-14T09:00:00.000Z', attempts: '1 failed, 2 failed, 3 paid' },
          { ...base, id: 'i1', number: 'SIM-1-000001', term: null, status: 'paid', totalMinor: 3200, issuedAt: '2026-01-31T09:00:00.000Z', dueAt: null, attempts: '1 paid' },
        ]}
        timeZone={AMS}
      />,
    );
    expect(count(html, ids.invoiceRow)).toBe(2);
    expect(html).toContain(`<span data-testid="${ids.invoiceTerm}">1</span>`);
    expect(html).toContain(`<span data-testid="${ids.invoiceTerm}">order</span>`);
    expect(html).toContain(`<span data-testid="${ids.invoiceAttempts}">1 failed, 2 failed, 3 paid</span>`);
    expect(html).toContain(`<span data-testid="${ids.invoiceTotal}">€34.50</span>`);
    expect(html).toContain('2026-03-14');
    expect(html.indexOf('SIM-1-000002')).toBeLessThan(html.indexOf('SIM-1-000001'));
  });

  test('in German: headers, a draft and the order invoice, status, dates and amounts', () => {
    const row: ClockInvoiceRow = { customerName: 'Simuliert 1', currency: 'EUR', amountPaidMinor: 0, id: 'i1', number: null, term: null, status: 'open', totalMinor: 3450, issuedAt: '2026-02-21T09:00:00.000Z', dueAt: '2026-03-14T09:00:00.000Z', attempts: '' };
    const html = renderToStaticMarkup(<ClockInvoicesTable texts={clockInvoicesTexts('de')} rows={[row]} timeZone={AMS} />);
    for (const text of ['Laufzeit', 'Ausgestellt', 'Fällig', 'Summe', '>Entwurf</span>', `<span data-testid="${ids.invoiceTerm}">Bestellung</span>`, '14.03.2026', '34,50']) expect(html).toContain(text);
    expect(html).toContain(`>${clockInvoicesTexts('de').statuses.open}<`);
    expect(renderToStaticMarkup(<ClockInvoicesTable texts={clockInvoicesTexts('de')} rows={[]} timeZone={AMS} />)).toContain('Noch keine Rechnungen.');
  });
});

describe('ClockEmailsTable', () => {
  test('each message links to its outbox page', () => {
    const html = renderToStaticMarkup(
      <ClockEmailsTable
        texts={getTableTexts('en')}
        rows={[
          {
            id: '7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10',
            customerName: 'Simulated 1',
            toAddress: 'simulated-1@example.invalid',
            template: 'invoice',
            subject: 'Invoice SIM-1-000002 from Kadens',
            status: 'stored',
            createdAt: '2026-11-21T19:00:00.000Z',
          },
        ]}
        timeZone={AMS}
      />,
    );
    expect(count(html, ids.emailRow)).toBe(1);
    expect(html).toContain('href="/dashboard/outbox/7b0e2a52-1d7c-4a61-9d1e-0c6f1f5b2a10"');
    expect(html).toContain(`<code data-testid="${ids.emailTemplate}">invoice</code>`);
    expect(html).toContain('2026-11-21 20:00');
  });
});

describe('ClockEngineLogTable', () => {
  test('term, action and due date, in the given order', () => {
    const html = renderToStaticMarkup(
      <ClockEngineLogTable
        texts={getTableTexts('en')}
        rows={[
          { id: 'a2', subscriptionId: 's1', customerName: 'Simulated 1', term: 1, action: 'dunning:0', dueAt: '2026-03-15T09:00:00.000Z' },
          { id: 'a1', subscriptionId: 's1', customerName: 'Simulated 1', term: 1, action: 'issue', dueAt: '2026-02-28T09:00:00.000Z' },
        ]}
        timeZone={AMS}
      />,
    );
    expect(count(html, ids.logRow)).toBe(2);
    expect(html.indexOf('dunning:0')).toBeLessThan(html.indexOf('>issue<'));
    expect(html).toContain('2026-03-15 10:00');
  });
});

describe('AdvanceReportView', () => {
  test('counts the steps, charges and failures of the advance', () => {
    const html = renderToStaticMarkup(
      <AdvanceReportView
        report={{
          from: '2026-01-31T09:00:00.000Z',
          to: '2026-02-28T09:00:00.000Z',
          reachedAt: '2026-02-10T09:00:00.000Z',
          steps: 3,
          renewals: 3,
          dunning: 1,
          charges: 0,
          failed: [{ subscriptionId: 's9', error: 'boom' }],
        }}
        timeZone={AMS}
        texts={advanceReportTexts('en')}
      />,
    );
    expect(html).toContain('From 2026-01-31 10:00 to 2026-02-28 10:00: the engine ran on 3 dates.');
    expect(html).toContain(`<li data-testid="${ids.advanceReportRenewals}">3 renewal steps</li>`);
    expect(html).toContain(`<li data-testid="${ids.advanceReportDunning}">1 dunning step</li>`);
    expect(html).toContain(`<li data-testid="${ids.advanceReportCharges}">0 charges</li>`);
    expect(html).toContain('1 failure');
    expect(html).toContain('<code>s9</code>: boom');
  });

  test('in German and Dutch: the dates written their way, one and many counted in the language', () => {
    const report = { from: '2026-01-31T09:00:00.000Z', to: '2026-02-28T09:00:00.000Z', reachedAt: '2026-02-28T09:00:00.000Z', steps: 1, renewals: 2, dunning: 1, charges: 0, failed: [] };
    const de = renderToStaticMarkup(<AdvanceReportView report={report} timeZone={AMS} texts={advanceReportTexts('de')} />);
    for (const text of ['Von 31.01.2026 10:00 bis 28.02.2026 10:00: Die Abrechnung lief an 1 Termin.', '2 Verlängerungsschritte', '1 Mahnschritt', '0 Abbuchungen', 'keine Fehler'])
      expect(de).toContain(text);
    const nl = renderToStaticMarkup(<AdvanceReportView report={{ ...report, steps: 4, failed: [{ subscriptionId: 's9', error: 'boom' }] }} timeZone={AMS} texts={advanceReportTexts('nl')} />);
    for (const text of ['Van 31-01-2026 10:00 tot 28-02-2026 10:00: de facturatie liep op 4 datums.', '2 verlengingsstappen', '1 herinneringsstap', '1 fout']) expect(nl).toContain(text);
  });
});

describe('BillingErrorsPanel', () => {
  const row: SubscriptionBillingError = {
    kind: 'subscription',
    subscriptionId: 's1',
    customerId: 'c1',
    customerName: 'Daan de Vries',
    productName: 'Trendhouse',
    planName: 'Monthly',
    status: 'active',
    error: 'Mandate revoked',
    at: '2026-03-31T22:30:00.000Z',
    testClockId: null,
    testClockName: null,
  };

  const event: EventDeliveryError = {
    kind: 'event',
    eventId: 'e1',
    eventName: 'billing/invoice.finalized',
    subjectType: 'invoice',
    subjectId: '0190f2c4-1111-7000-8000-000000000001',
    attempts: 3,
    error: 'Resend: daily quota exceeded',
    at: '2026-03-31T22:30:00.000Z',
    nextAttemptAt: '2026-03-31T22:32:00.000Z',
  };

  test('one row per failing subscription, a simulated one linking to its clock', () => {
    const html = renderToStaticMarkup(
      <BillingErrorsPanel rows={[row, { ...row, subscriptionId: 's2', testClockId: 'k1', testClockName: 'Dunning' }]} timeZone={AMS} />,
    );
    expect(count(html, ids.billingErrorRow)).toBe(2);
    expect(html).toContain('Mandate revoked');
    expect(html).toContain('2026-04-01 00:30');
    expect(html).toContain('href="/dashboard/test-clocks/k1"');
    expect(html.match(/simulated on/g)).toHaveLength(1);
  });

  test('none says so', () => {
    const html = renderToStaticMarkup(<BillingErrorsPanel rows={[]} timeZone={AMS} />);
    expect(html).toContain('None: the engine ran cleanly');
    expect(count(html, ids.billingErrorRow)).toBe(0);
    expect(count(html, ids.billingEventErrorRow)).toBe(0);
  });

  test('an event whose delivery failed is listed with its error, attempts and next try; an invoice links to it', () => {
    const html = renderToStaticMarkup(<BillingErrorsPanel rows={[event, row]} timeZone={AMS} />);
    expect(count(html, ids.billingEventErrorRow)).toBe(1);
    expect(count(html, ids.billingErrorRow)).toBe(1);
    expect(html).not.toContain('None: the engine ran cleanly');
    expect(html).toContain('billing/invoice.finalized');
    expect(html).toContain('Resend: daily quota exceeded');
    expect(html).toContain('2026-04-01 00:30 (attempt 3)');
    expect(html).toContain('2026-04-01 00:32');
    expect(html).toContain(`href="/dashboard/invoices/${event.subjectId}"`);
    expect(html).toContain('<h3>Events not delivered yet</h3>');
    expect(html).toContain('>invoice 0190f2c4</a>');
  });

  test('in Dutch: the undelivered events\' headers, subject, attempt and times; the event\'s name and error as written', () => {
    const html = renderToStaticMarkup(<BillingErrorsPanel rows={[event, { ...event, eventId: 'e2', subjectType: 'subscription' }]} timeZone={AMS} locale="nl" />);
    for (const text of ['<h3>Gebeurtenissen die nog niet zijn afgeleverd</h3>', '<th>Gebeurtenis</th>', '<th>Volgende poging</th>', '>factuur 0190f2c4</a>', '<code>abonnement 0190f2c4</code>', '01-04-2026 00:30 (poging 3)', '01-04-2026 00:32', 'billing/invoice.finalized', 'Resend: daily quota exceeded'])
      expect(html).toContain(text);
  });
});
