import { randomBytes } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { testProviderStore } from '@/lib/payments/test-provider';
import { cookie, viewer } from '@/test/support/staff-request';

vi.mock('@/lib/auth/viewer', () => import('@/test/support/staff-request').then((m) => m.viewerModule));
// The page's language as the browser sends it: the cookie the header's language switcher sets.
vi.mock('next/headers', () => import('@/test/support/staff-request').then((m) => m.headersModule));
const { default: TestProviderPaymentsPage, generateMetadata } = await import('./page');

const STAFF: Viewer = { userId: 'staff-1', email: 'staff@example.com', role: 'admin', customerId: null };
const testPaymentId = () => `tp_${randomBytes(12).toString('hex')}`;

/** A pending SEPA debit and a failed card payment, the two rows the page offers events for. */
async function twoPayments() {
  const pending = testPaymentId();
  const failed = testPaymentId();
  await testProviderStore.add({ id: pending, amountMinor: 1250, currency: 'EUR', description: 'Order 3920-A', returnUrl: 'http://localhost/x', kind: 'charge', status: 'pending' });
  await testProviderStore.add({ id: failed, amountMinor: 990, currency: 'EUR', description: 'Order 3920-B', returnUrl: 'http://localhost/x', kind: 'checkout', status: 'failed', failureReason: 'Declined: insufficient funds' });
  return { pending, failed };
}

beforeEach(() => {
  viewer.current = STAFF;
  cookie.locale = undefined;
});

describe('the test provider’s payments page, for the shop’s staff', () => {
  test('speaks the page’s language: headings, kinds, statuses, reasons, amounts and the event buttons', async () => {
    const { pending, failed } = await twoPayments();
    cookie.locale = 'nl';
    expect(await generateMetadata()).toEqual({ title: 'Betalingen van de testprovider' });
    const html = renderToStaticMarkup(await TestProviderPaymentsPage());
    expect(html).toContain('Testbetaalprovider · er wordt geen echt geld overgemaakt');
    expect(html).toContain('<th>Soort</th>');
    expect(html).toContain('<th>Gebeurtenissen</th>');
    const pendingRow = html.slice(html.indexOf(`data-testid="test-payment-${pending}"`)).split('</tr>')[0]!;
    expect(pendingRow).toContain('<td>afschrijving</td>');
    expect(pendingRow).toContain('in behandeling');
    expect(pendingRow).toContain('€\u00a012,50');
    expect(pendingRow).toMatch(new RegExp(`data-testid="test-event-settle-${pending}"[^>]*>Voltooien</button>`));
    expect(pendingRow).toMatch(new RegExp(`data-testid="test-event-fail-${pending}"[^>]*>Laten mislukken</button>`));
    const failedRow = html.slice(html.indexOf(`data-testid="test-payment-${failed}"`)).split('</tr>')[0]!;
    expect(failedRow).toContain('mislukt (Geweigerd: onvoldoende saldo)');
    expect(failedRow).not.toContain('<button');
  });

  test('in English without a choice, with the words the e2e specs and the docs know', async () => {
    const { pending } = await twoPayments();
    const html = renderToStaticMarkup(await TestProviderPaymentsPage());
    expect(html).toContain('Test payment provider · no real money moves');
    expect(html).toContain('<h1>Payments</h1>');
    expect(html).toMatch(new RegExp(`data-testid="test-event-settle-${pending}"[^>]*>Settle</button>`));
  });
});
