import { formatDate } from '@/components/dashboard/format-date';
import { StatusBadge } from '@/components/dashboard/status-badge';
import type { ClockSubscriptionRow } from '@/db/queries/test-clocks/list-clock-subscriptions';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { testClockTestIds } from './test-ids';

/**
 * The clock's subscriptions with the engine's cursor: what comes next, and when; in the staff
 * member's language. The next action keeps the engine's name for it (`announce`, `dunning:0`), as
 * the engine log shows it.
 */
export function ClockSubscriptionsTable({ rows, timeZone, locale = 'en' }: { rows: ClockSubscriptionRow[]; timeZone: string; locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.manage.testClocks.subscriptions');
  const status = getTranslator(locale, 'statuses');
  if (rows.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('columns.customer')}</th>
          <th>{t('columns.plan')}</th>
          <th>{t('columns.status')}</th>
          <th className="num">{t('columns.term')}</th>
          <th>{t('columns.period')}</th>
          <th>{t('columns.nextAction')}</th>
          <th>{t('columns.lastError')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((sub) => (
          <tr key={sub.id} data-testid={testClockTestIds.subscriptionRow}>
            <td>
              {sub.customerName}
              <div className="muted">{sub.customerEmail}</div>
            </td>
            <td>
              {sub.productName} · {sub.planName}
              {sub.quantity > 1 && <span className="muted"> × {sub.quantity}</span>}
            </td>
            <td data-testid={testClockTestIds.subscriptionStatus}>
              <StatusBadge status={sub.status} label={status('label', { status: sub.status })} />
            </td>
            <td className="num" data-testid={testClockTestIds.subscriptionTerm}>
              {sub.currentTerm}
            </td>
            <td>
              {formatDate(sub.currentPeriodStart, timeZone, { locale })} – {formatDate(sub.currentPeriodEnd, timeZone, { locale })}
            </td>
            <td data-testid={testClockTestIds.subscriptionNextAction}>
              {sub.nextAction ? (
                <>
                  <code>{sub.nextAction}</code> {t('nextActionTerm', { term: String(sub.nextActionTerm ?? '') })}
                  <div className="muted">{formatDate(sub.nextActionAt, timeZone, { time: true, locale })}</div>
                </>
              ) : (
                <span className="muted">{t('none')}</span>
              )}
            </td>
            <td data-testid={testClockTestIds.subscriptionLastError}>
              {sub.lastError ? (
                <span style={{ color: 'var(--danger)' }}>
                  {sub.lastError}
                  <div className="muted">{formatDate(sub.lastErrorAt, timeZone, { time: true, locale })}</div>
                </span>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
