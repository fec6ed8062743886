import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { MrrMonth } from '@/db/queries/dashboard/get-mrr-months';
import { templatesOf } from '@/lib/i18n/templates';
import { MetricsDefinitions } from './metrics-definitions';
import { MetricsRangeForm } from './metrics-range-form';
import { MrrCharts } from './mrr-charts';
import { MrrMonthsTable } from './mrr-months-table';
import { MrrSubscriptionsTable } from './mrr-subscriptions-table';

const month: MrrMonth = {
  month: '2032-06',
  openingMinor: 15_633,
  closingMinor: 13_800,
  movements: { new: 2500, expansion: 0, contraction: 0, churn: -4333, reactivation: 0 },
  movementCounts: { new: 1, expansion: 0, contraction: 0, churn: 1, reactivation: 0 },
  subscribersAtStart: 6,
  subscribersAtEnd: 6,
  churnedCustomers: 1,
  customerChurnBp: 1667,
  grossRevenueChurnBp: 2772,
  netRevenueChurnBp: 2772,
};

describe('the metrics on the overview', () => {
  test('each month shows its MRR, movements and rates; each figure links to the subscriptions behind it', () => {
    const html = renderToStaticMarkup(<MrrMonthsTable currency="EUR" months={[month]} />);
    expect(html).toContain('€156.33');
    expect(html).toContain('€25.00');
    expect(html).toContain('-€43.33');
    expect(html).toContain('16.67 %');
    expect(html).toContain('27.72 %');
    expect(html).toContain('href="/dashboard/metrics/subscriptions?currency=EUR&amp;month=2032-06&amp;figure=new"');
    expect(html).toContain('href="/dashboard/metrics/subscriptions?currency=EUR&amp;month=2032-06&amp;figure=churn"');
    expect(html).toContain('href="/dashboard/metrics/subscriptions?currency=EUR&amp;month=2032-06&amp;figure=mrr"');
    // No expansion this month: nothing to list, no link.
    expect(html).not.toContain('figure=expansion');
  });

  test('the definitions say what MRR counts and what it leaves out', () => {
    const html = renderToStaticMarkup(<MetricsDefinitions />);
    expect(html).toContain('excluding VAT');
    expect(html).toContain('yearly ÷ 12, quarterly ÷ 3, weekly × 52 ÷ 12');
    expect(html).toMatch(/Trials, paused and\s+suspended subscriptions/);
    expect(html).toContain('never added or converted');
  });

  test('the period form keeps the months and shows why a range was changed', () => {
    const html = renderToStaticMarkup(<MetricsRangeForm from="2031-01" to="2031-12" notice="At most 36 months are shown at once." texts={{ label: 'Period', from: 'From', to: 'to', show: 'Show' }} />);
    expect(html).toContain('value="2031-01"');
    expect(html).toContain('value="2031-12"');
    expect(html).toContain('At most 36 months are shown at once.');
  });

  test('the charts render on the server without data errors', () => {
    const html = renderToStaticMarkup(
      <MrrCharts currency="EUR" months={[{ month: '2032-06', closingMinor: 13_800, new: 2500, expansion: 0, reactivation: 0, contraction: 0, churn: -4333 }]} texts={templatesOf('en', 'dashboard.overview')} />,
    );
    expect(html).toContain('MRR at the end of each month (EUR)');
    expect(html).toContain('MRR movements per month (EUR)');
  });

  test('the list behind a figure shows each subscription and its amount, the customer linking to their page', () => {
    const html = renderToStaticMarkup(
      <MrrSubscriptionsTable
        currency="EUR"
        timeZone="Europe/Amsterdam"
        withDate
        rows={[
          {
            subscriptionId: 's4',
            customerId: 'c3',
            customerName: 'Daan de Vries',
            productName: 'Trendhouse',
            planName: 'Weekly',
            status: 'paused',
            amountMinor: -4333,
            occurredAt: new Date('2032-06-10T12:00:00Z'),
          },
        ]}
      />,
    );
    expect(html).toContain('<a href="/dashboard/customers/c3">Daan de Vries</a>');
    expect(html).toContain('Trendhouse · Weekly');
    expect(html).toContain('-€43.33');
    expect(html).toContain('2032-06-10 14:00');
  });
});
