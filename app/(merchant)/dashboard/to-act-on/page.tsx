import type { Metadata } from 'next';
import Link from 'next/link';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { ENDING_SOON_DAYS } from '@/db/queries/dashboard/list-subscribers';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'To act on' };

const LISTS = [
  {
    href: '/dashboard/subscribers?view=ending&sort=endsAt',
    title: 'Subscriptions ending soon',
    text: `Commitments or instalments that end, and stops at the term’s end, within ${ENDING_SOON_DAYS} days: time to offer a renewal.`,
  },
  { href: '/dashboard/payments?status=failed', title: 'Failed payments', text: 'Charges and checkouts the provider declined this month, with the reason.' },
  {
    href: '/dashboard/invoices?view=overdue',
    title: 'Overdue invoices',
    text: 'Open invoices past their due date, by the dunning steps already taken (reminders, suspension, warning).',
  },
  { href: '/dashboard/payments/abandoned', title: 'Abandoned checkouts', text: 'Checkouts still waiting for the provider an hour after they started.' },
  { href: '/dashboard/credit-notes?refunds=failed', title: 'Refused refunds', text: 'Credit notes whose refund the payment provider refused.' },
  { href: '/dashboard/engine-errors', title: 'Engine errors', text: 'Subscriptions the billing engine could not move on.' },
];

/** The lists a merchant works through: each a filtered, server-paged list that exports to CSV. */
export default async function ToActOnPage() {
  await requireMerchantPage('/dashboard/to-act-on', 'read');
  return (
    <>
      <h1>To act on</h1>
      <section className="panel">
        <ul className="stack" data-testid={dashboardTestIds.actionLists} style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {LISTS.map((list) => (
            <li key={list.href}>
              <Link href={list.href}>{list.title}</Link>
              <div className="muted">{list.text}</div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
