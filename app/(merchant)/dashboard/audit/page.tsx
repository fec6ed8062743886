import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { AuditTable } from '@/components/audit/audit-table';
import { staffTestIds } from '@/components/staff/test-ids';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listAuditActors } from '@/db/queries/dashboard/list-audit-actors';
import { listAuditEntries } from '@/db/queries/dashboard/list-audit-entries';
import { requireMerchantPage } from '@/lib/auth/guards';
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS, AUDIT_RECORD_TYPES } from '@/lib/validations/audit-actions';
import { parseAuditQuery } from '@/lib/validations/audit-filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMerchantPage('/dashboard/audit', 'audit:read');
  const [settings, query, actors] = await Promise.all([getDashboardSettings(), searchParams, listAuditActors()]);
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
      <h1>Audit log</h1>
      <p className="muted">
        Every change the shop’s staff made, with who, when, the record and its state before and after. Entries cannot be
        changed or deleted.
      </p>
      <section className="panel stack">
        <AuditFilterForm
          values={values}
          actors={actors}
          actions={AUDIT_ACTION_NAMES.map((value) => ({ value, label: AUDIT_ACTIONS[value] }))}
          recordTypes={AUDIT_RECORD_TYPES}
          timeZone={settings.timeZone}
        />
        {!parsed.ok && (
          <p className="alert error" role="alert">
            {parsed.error}
          </p>
        )}
      </section>
      {page && (
        <section className="panel">
          <AuditTable rows={page.rows} labels={AUDIT_ACTIONS} timeZone={settings.timeZone} />
          {older ? (
            <p>
              <Link href={`/dashboard/audit?${older}`} data-testid={staffTestIds.auditOlder}>
                Older entries →
              </Link>
            </p>
          ) : null}
        </section>
      )}
    </>
  );
}
