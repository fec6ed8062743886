import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import { staffTestIds } from '@/components/staff/test-ids';
import type { AuditEntryRow } from '@/db/queries/dashboard/list-audit-entries';
import type { AuditTexts } from './audit-texts';

/** Where a record can be looked at on the dashboard, when it has a page of its own. */
function recordHref(type: string, id: string): string | null {
  if (type === 'invoice') return `/dashboard/invoices/${id}`;
  if (type === 'plan') return `/dashboard/catalog/plans/${id}`;
  if (type === 'dunning-plan') return `/dashboard/catalog/dunning/${id}`;
  if (type === 'email') return `/dashboard/outbox/${id}`;
  return null;
}

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 2));

/** Audit entries, newest first: who, when, what, the record, and its state before and after. */
export function AuditTable({ rows, texts, timeZone }: { rows: AuditEntryRow[]; texts: AuditTexts; timeZone: string }) {
  if (rows.length === 0) return <p className="muted">{texts.noEntries}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{texts.when}</th>
          <th>{texts.who}</th>
          <th>{texts.what}</th>
          <th>{texts.record}</th>
          <th>{texts.beforeAfter}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const href = recordHref(row.recordType, row.recordId);
          return (
            <tr key={row.id} data-testid={staffTestIds.auditRow}>
              <td>{formatDate(row.at, timeZone, { time: true, locale: texts.locale })}</td>
              <td>
                {row.actorEmail}
                <div className="muted">{row.actorRole}</div>
              </td>
              <td data-testid={staffTestIds.auditAction} data-action={row.action}>
                {texts.actions[row.action] ?? row.action}
              </td>
              <td>
                {texts.records[row.recordType] ?? row.recordType}
                <div className="muted">
                  <code>{href ? <Link href={href}>{row.recordId}</Link> : row.recordId}</code>
                </div>
              </td>
              <td>
                <details>
                  <summary>{texts.show}</summary>
                  <div className="row" style={{ alignItems: 'flex-start' }}>
                    <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{json(row.before)}</pre>
                    <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{json(row.after)}</pre>
                  </div>
                </details>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
