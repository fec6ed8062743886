import type { WebhookDeliveryRow } from '@/db/queries/webhooks/list-webhook-deliveries';
import { ReplayDeliveryButton } from './replay-delivery-button';
import { webhookTestIds as ids } from './test-ids';

const STATUS_LABELS = { pending: 'Waiting', succeeded: 'Delivered', failed: 'Given up' } as const;
const when = (iso: string) => iso.replace('T', ' ').slice(0, 19) + ' UTC';

/** The delivery log: each delivery, its attempts (what was sent, what came back, how fast), and a replay. */
export function WebhookDeliveryLog({ rows, showEndpoint }: { rows: WebhookDeliveryRow[]; showEndpoint: boolean }) {
  if (rows.length === 0) return <p className="muted">No deliveries yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Event</th>
          {showEndpoint ? <th>Endpoint</th> : null}
          <th>Status</th>
          <th>Attempts</th>
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
                {STATUS_LABELS[row.status]}
                {last ? <div className="muted">{last.responseStatus ?? 'no answer'} · {last.latencyMs} ms</div> : null}
                {row.nextAttemptAt && row.attempts.length > 0 ? <div className="muted">next try {when(row.nextAttemptAt)}</div> : null}
              </td>
              <td>
                {row.attempts.length === 0 ? (
                  <span className="muted">not sent yet</span>
                ) : (
                  <details>
                    <summary>{row.attempts.length === 1 ? '1 attempt' : `${row.attempts.length} attempts`}</summary>
                    {row.attempts.map((attempt) => (
                      <div key={attempt.at} className="stack" style={{ marginTop: '0.5rem' }}>
                        <strong>
                          {when(attempt.at)}: {attempt.responseStatus ?? 'no answer'} in {attempt.latencyMs} ms
                        </strong>
                        {attempt.error ? <span>{attempt.error}</span> : null}
                        <span className="muted">Request</span>
                        <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{attempt.requestBody}</pre>
                        {attempt.responseBody ? (
                          <>
                            <span className="muted">Response (start)</span>
                            <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{attempt.responseBody}</pre>
                          </>
                        ) : null}
                      </div>
                    ))}
                  </details>
                )}
              </td>
              <td>
                <ReplayDeliveryButton deliveryId={row.id} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
