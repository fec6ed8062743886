import type { WebhookDeliveryRow } from '@/db/queries/webhooks/list-webhook-deliveries';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { ReplayDeliveryButton } from './replay-delivery-button';
import { webhookTestIds as ids } from './test-ids';

const STATUS_LABELS = { pending: 'statusPending', succeeded: 'statusSucceeded', failed: 'statusFailed' } as const;
const when = (iso: string) => iso.replace('T', ' ').slice(0, 19) + ' UTC';

/** The delivery log: each delivery, its attempts (what was sent, what came back, how fast), and a replay. */
export function WebhookDeliveryLog({ rows, showEndpoint, locale }: { rows: WebhookDeliveryRow[]; showEndpoint: boolean; locale: Locale }) {
  const t = getTranslator(locale, 'dashboard.manage.webhooks');
  if (rows.length === 0) return <p className="muted">{t('noDeliveries')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('colEvent')}</th>
          {showEndpoint ? <th>{t('colEndpoint')}</th> : null}
          <th>{t('colStatus')}</th>
          <th>{t('colAttempts')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const last = row.attempts[0];
          return (
            <tr key={row.id} data-testid={ids.deliveryRow}>
              <td>
                <code>{row.eventType}</code>
                <div className="muted">
                  <code>{row.eventId}</code> · {when(row.createdAt)}
                </div>
              </td>
              {showEndpoint ? <td style={{ wordBreak: 'break-all' }}>{row.endpointUrl}</td> : null}
              <td data-testid={ids.deliveryStatus}>
                {t(STATUS_LABELS[row.status])}
                {last ? (
                  <div className="muted">
                    {last.responseStatus ?? t('noAnswer')} · {last.latencyMs} ms
                  </div>
                ) : null}
                {row.nextAttemptAt && row.attempts.length > 0 ? (
                  <div className="muted">
                    {t('nextTry')} {when(row.nextAttemptAt)}
                  </div>
                ) : null}
              </td>
              <td>
                {row.attempts.length === 0 ? (
                  <span className="muted">{t('notSent')}</span>
                ) : (
                  <details>
                    <summary>{t('attempts', { count: row.attempts.length })}</summary>
                    {row.attempts.map((attempt) => (
                      <div key={attempt.at} className="stack" style={{ marginTop: '0.5rem' }}>
                        <strong>
                          {when(attempt.at)}: {attempt.responseStatus ?? t('noAnswer')} {t('in')} {attempt.latencyMs} ms
                        </strong>
                        {attempt.error ? <span>{attempt.error}</span> : null}
                        <span className="muted">{t('request')}</span>
                        <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{attempt.requestBody}</pre>
                        {attempt.responseBody ? (
                          <>
                            <span className="muted">{t('response')}</span>
                            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{attempt.responseBody}</pre>
                          </>
                        ) : null}
                      </div>
                    ))}
                  </details>
                )}
              </td>
              <td>
                <ReplayDeliveryButton deliveryId={row.id} label={t('replay')} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
