import type { Metadata } from 'next';
import Link from 'next/link';
import { MrrSubscriptionsTable } from '@/components/dashboard/mrr-subscriptions-table';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listMrrSubscriptions, MRR_LIST_PAGE_SIZE } from '@/db/queries/dashboard/list-mrr-subscriptions';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { monthSpan } from '@/lib/billing/metrics/month-range';
import { getTranslator } from '@/lib/i18n/translator';
import { parseMrrFigureQuery } from '@/lib/validations/metrics-range';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.overview.drill')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Each figure's heading, by its catalog key. */
const TITLES = {
  new: 'figureNew',
  expansion: 'figureExpansion',
  contraction: 'figureContraction',
  churn: 'figureChurn',
  reactivation: 'figureReactivation',
  mrr: 'figureMrr',
} as const;
const PROBLEMS = { currency: 'badCurrency', month: 'badMonth', figure: 'badFigure', page: 'badPage' } as const;

/** The subscriptions behind one figure of the overview's metrics, a page at a time, in the staff member's language. */
export default async function MrrFigureSubscriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMerchantPage('/dashboard/metrics/subscriptions', 'read');
  const [settings, params, locale] = await Promise.all([getDashboardSettings(), searchParams, getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.overview.drill');
  const parsed = parseMrrFigureQuery(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="alert error" role="alert">
          {t(PROBLEMS[parsed.problem])} {t.rich('openFromOverview', { link: (chunks) => <Link href="/dashboard">{chunks}</Link> })}
        </p>
      </>
    );
  }
  const { currency, month, figure, page } = parsed.value;
  const list = await listMrrSubscriptions(REAL_TIME, { currency, month: monthSpan(month, settings.timeZone), figure, page });
  const pages = Math.max(1, Math.ceil(list.total / MRR_LIST_PAGE_SIZE));
  const pageHref = (to: number) => `/dashboard/metrics/subscriptions?${new URLSearchParams({ currency, month, figure, page: String(to) })}`;
  return (
    <>
      <h1>{t('heading', { figure: t(TITLES[figure]), month, currency })}</h1>
      <p className="muted">
        {figure === 'mrr' ? t('introMrr') : t('introMovement', { month })} <Link href="/dashboard">{t('back')}</Link>
      </p>
      <section className="panel">
        <MrrSubscriptionsTable rows={list.rows} currency={currency} timeZone={settings.timeZone} withDate={figure !== 'mrr'} locale={locale} />
        <p className="row" style={{ justifyContent: 'space-between', marginBottom: 0 }}>
          <span className="muted">
            {t('pageInfo', { total: list.total, page: String(Math.min(page, pages)), pages: String(pages) })}
            {pages > 1 ? null : t('addsUp')}
          </span>
          <span className="row">
            {page > 1 ? <Link href={pageHref(Math.min(page - 1, pages))}>{t('previous')}</Link> : null}
            {page < pages ? <Link href={pageHref(page + 1)}>{t('next')}</Link> : null}
          </span>
        </p>
      </section>
    </>
  );
}
