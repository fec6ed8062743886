import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { OutboxEmailView } from '@/components/dashboard/outbox-email-view';
import { ResendEmailButton } from '@/components/dashboard/resend-email-button';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getOutboxEmail } from '@/db/queries/dashboard/get-outbox-email';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { hasPermission } from '@/lib/auth/permissions';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.outbox.detail')('title') };
}

// NOTE: `guid`, not `uuid`: any 8-4-4-4-12 hex id PostgreSQL's uuid type accepts, and nothing it
// would reject with an error (a 500) instead of finding no row.
const paramsSchema = z.object({ id: z.guid() });

type SearchParams = Record<string, string | string[] | undefined>;

export default async function OutboxEmailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/outbox/${encodeURIComponent(id)}`, 'read');
  const resent = (await searchParams).resent !== undefined;
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [settings, email, locale] = await Promise.all([getDashboardSettings(), getOutboxEmail(parsed.data.id), getPageLocale()]);
  if (!email) notFound();
  const t = getTranslator(locale, 'dashboard.lists.outbox.detail');
  return (
    <>
      <p>
        <Link href="/dashboard/outbox">{t('back')}</Link>
      </p>
      <h1>{email.subject}</h1>
      {resent ? (
        <p className="alert ok" role="status">
          {t('resent')}
        </p>
      ) : null}
      {hasPermission(viewer.role, 'emails:resend') && !email.withheld ? <ResendEmailButton emailId={email.id} label={t('resend')} /> : null}
      <OutboxEmailView email={email} timeZone={settings.timeZone} locale={locale} />
    </>
  );
}
