import type { ReactNode } from 'react';
import type { OutboxEmailDetail } from '@/db/queries/dashboard/get-outbox-email';
import type { Locale } from '@/lib/i18n/locales';
import { templatesOf } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';
import { formatDate } from './format-date';
import { OutboxLinks } from './outbox-links';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/**
 * One stored message: its headers (with the links it carried), the HTML as the recipient's client
 * renders it, and the text; labelled in the staff member's language.
 *
 * A message that carries a credential, or whose bodies were purged, shows its headers only.
 *
 * NOTE: the HTML goes into an iframe with an empty `sandbox`: no scripts, no forms, no
 * same-origin access, so a message carrying merchant- or customer-typed text cannot act inside
 * the dashboard.
 */
const WITHHELD = { sensitive: 'withheldSensitive', purged: 'withheldPurged' } as const;

export function OutboxEmailView({ email, timeZone, locale = 'en' }: { email: OutboxEmailDetail; timeZone: string; locale?: Locale }) {
  const t = getTranslator(locale, 'dashboard.lists.outbox.detail');
  const status = getTranslator(locale, 'statuses');
  const headers: [string, ReactNode][] = [
    [t('to'), email.toAddress],
    [t('subject'), email.subject],
    [t('template'), <code key="t">{email.template}</code>],
    [t('language'), email.locale],
    [t('status'), <StatusBadge key="s" status={email.status} label={status('label', { status: email.status })} />],
    [t('transport'), email.transport],
    [t('created'), formatDate(email.createdAt, timeZone, { time: true, locale })],
    [t('sent'), formatDate(email.sentAt, timeZone, { time: true, locale })],
    [t('providerId'), email.providerMessageId ?? '—'],
    [t('dedupeKey'), <code key="d">{email.dedupeKey}</code>],
    [
      t('links'),
      email.links.length ? <OutboxLinks key="l" links={email.links} texts={templatesOf(locale, 'dashboard.lists.outbox')} timeZone={timeZone} locale={locale} /> : t('noLinks'),
    ],
  ];
  return (
    <div className="stack">
      {email.error && <p className="alert error">{t('failed', { error: email.error })}</p>}
      <section className="panel" aria-label={t('headers')}>
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
          {t(WITHHELD[email.withheld])}
        </p>
      ) : (
        <>
          <section className="panel" aria-label={t('html')}>
            <h2 style={{ marginTop: 0 }}>{t('html')}</h2>
            <iframe
              sandbox=""
              srcDoc={email.html}
              title={t('htmlOf', { subject: email.subject })}
              data-testid={dashboardTestIds.outboxEmailHtml}
              style={{ width: '100%', height: '32rem', border: '1px solid var(--line)', borderRadius: 8, background: '#fff' }}
            />
          </section>
          <section className="panel" aria-label={t('text')}>
            <h2 style={{ marginTop: 0 }}>{t('text')}</h2>
            <pre data-testid={dashboardTestIds.outboxEmailText} style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {email.text}
            </pre>
          </section>
        </>
      )}
    </div>
  );
}
