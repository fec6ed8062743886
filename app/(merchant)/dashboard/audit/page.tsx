import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { AuditTable } from '@/components/audit/audit-table';
import { staffTestIds } from '@/components/staff/test-ids';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listAuditActors } from '@/db/queries/dashboard/list-audit-actors';
import { listAuditEntries } from '@/db/queries/dashboard/list-audit-entries';
import { requireMerchantPage } from '@/lib/auth/guards';
import { AUDIT_ACTION_NAMES, AUDIT_RECORD_TYPES } from '@/lib/validations/audit-actions';
import { auditTexts } from '@/components/audit/audit-texts';
import { getPageLocale } from '@/lib/auth/page-locale';
import { manageLocalizer } from '@/lib/i18n/manage-messages';
import { getTranslator } from '@/lib/i18n/translator';
import { parseAuditQuery } from '@/lib/validations/audit-filters';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.audit')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMerchantPage('/dashboard/audit', 'audit:read');
  const [settings, query, actors, locale] = await Promise.all([getDashboardSettings(), searchParams, listAuditActors(), getPageLocale()]);
  const texts = auditTexts(locale, settings.timeZone);
  const parsed = parseAuditQuery(query, settings.timeZone);
  const page = parsed.ok ? await listAuditEntries(parsed.value) : null;
  const values = {
    actor: first(query.actor),
    action: first(query.action),
    recordType: first(query.recordType),
    record: first(query.record),
    from: first(query.from),
    to: first(query.to),
  };
  const older = page?.next ? new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), after: page.next }) : null;
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      <section className="panel stack">
        <AuditFilterForm
          values={values}
          actors={actors}
          actions={AUDIT_ACTION_NAMES.map((value) => ({ value, label: texts.actions[value] ?? value }))}
          recordTypes={AUDIT_RECORD_TYPES}
          texts={texts}
        />
        {!parsed.ok && (
          <p className="alert error" role="alert">
            {manageLocalizer(locale).text(parsed.error)}
          </p>
        )}
      </section>
      {page && (
        <section className="panel">
          <AuditTable rows={page.rows} texts={texts} timeZone={settings.timeZone} />
          {older ? (
            <p>
              <Link href={`/dashboard/audit?${older}`} data-testid={staffTestIds.auditOlder}>
                {texts.older}
              </Link>
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
