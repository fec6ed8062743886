import type { ReactNode } from 'react';
import type { OutboxEmailDetail } from '@/db/queries/dashboard/get-outbox-email';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/**
 * One stored message: its headers, the HTML as the recipient's client renders it, and the text.
 *
 * A message that carries a credential, or whose bodies were purged, shows its headers only.
 *
 * NOTE: the HTML goes into an iframe with an empty `sandbox`: no scripts, no forms, no
 * same-origin access, so a message carrying merchant- or customer-typed text cannot act inside
 * the dashboard.
 */
const WITHHELD = {
  sensitive: 'This message carries a sign-in link for its recipient: it was sent, but its text is never shown here.',
  purged: 'The text of this message was deleted after the retention period; the record of it stays.',
} as const;

export function OutboxEmailView({ email, timeZone }: { email: OutboxEmailDetail; timeZone: string }) {
  const headers: [string, ReactNode][] = [
    ['To', email.toAddress],
    ['Subject', email.subject],
    ['Template', <code key="t">{email.template}</code>],
    ['Locale', email.locale],
    ['Status', <StatusBadge key="s" status={email.status} />],
    ['Transport', email.transport],
    ['Created', formatDate(email.createdAt, timeZone, { time: true })],
    ['Sent', formatDate(email.sentAt, timeZone, { time: true })],
    ['Provider message id', email.providerMessageId ?? '—'],
    ['Deduplication key', <code key="d">{email.dedupeKey}</code>],
  ];
  return (
    <div className="stack">
      {email.error && <p className="alert error">Sending failed: {email.error}</p>}
      <section className="panel" aria-label="Headers">
        <table data-testid={dashboardTestIds.outboxEmailHeaders}>
          <tbody>
            {headers.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {email.withheld ? (
        <p className="panel muted" data-testid={dashboardTestIds.outboxEmailWithheld}>
          {WITHHELD[email.withheld]}
        </p>
      ) : (
        <>
          <section className="panel" aria-label="HTML">
            <h2 style={{ marginTop: 0 }}>HTML</h2>
            <iframe
              sandbox=""
              srcDoc={email.html}
              title={`HTML of “${email.subject}”`}
              data-testid={dashboardTestIds.outboxEmailHtml}
              style={{ width: '100%', height: '32rem', border: '1px solid var(--line)', borderRadius: 8, background: '#fff' }}
            />
          </section>
          <section className="panel" aria-label="Plain text">
            <h2 style={{ marginTop: 0 }}>Plain text</h2>
            <pre data-testid={dashboardTestIds.outboxEmailText} style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {email.text}
            </pre>
          </section>
        </>
      )}
    </div>
  );
}
