import type { Metadata } from 'next';
import Link from 'next/link';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { ENDING_SOON_DAYS } from '@/db/queries/dashboard/list-subscribers';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.toActOn')('title') };
}

/** Each list: where it is, and its title and text in `dashboard.lists.toActOn`. */
const LISTS = [
  { href: '/dashboard/subscribers?view=ending&sort=endsAt', key: 'ending' },
  { href: '/dashboard/payments?status=failed', key: 'failed' },
  { href: '/dashboard/invoices?view=overdue', key: 'overdue' },
  { href: '/dashboard/payments/abandoned', key: 'abandoned' },
  { href: '/dashboard/credit-notes?refunds=failed', key: 'refunds' },
  { href: '/dashboard/engine-errors', key: 'engineErrors' },
] as const;

/** The lists a merchant works through: each a filtered, server-paged list that exports to CSV. */
export default async function ToActOnPage() {
  await requireMerchantPage('/dashboard/to-act-on', 'read');
  const t = getTranslator(await getPageLocale(), 'dashboard.lists.toActOn');
  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel">
        <ul className="stack" data-testid={dashboardTestIds.actionLists} style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {LISTS.map((list) => (
            <li key={list.href}>
              <Link href={list.href}>{t(list.key)}</Link>
              <div className="muted">{list.key === 'ending' ? t('endingText', { days: String(ENDING_SOON_DAYS) }) : t(`${list.key}Text`)}</div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
