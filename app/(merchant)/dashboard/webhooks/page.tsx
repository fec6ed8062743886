import Link from 'next/link';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { textsOf } from '@/lib/i18n/texts';
import { DateText } from '@/components/ui/date-text';
import { AddWebhookEndpointForm } from '@/components/webhooks/add-webhook-endpoint-form';
import { webhookTestIds as ids } from '@/components/webhooks/test-ids';
import { WebhookDeliveryLog } from '@/components/webhooks/webhook-delivery-log';
import { WebhookEndpointControls } from '@/components/webhooks/webhook-endpoint-controls';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listWebhookDeliveries } from '@/db/queries/webhooks/list-webhook-deliveries';
import { listWebhookEndpoints } from '@/db/queries/webhooks/list-webhook-endpoints';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.webhooks')('title') };
}
const NS = 'dashboard.manage.webhooks';

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ endpoint?: string }> }) {
  await requireMerchantPage('/dashboard/webhooks', 'webhooks:manage');
  const { endpoint } = await searchParams;
  const [settings, endpoints] = await Promise.all([getDashboardSettings(), listWebhookEndpoints(new Date())]);
  const selected = endpoints.find((row) => row.id === endpoint) ?? null;
  const deliveries = await listWebhookDeliveries({ endpointId: selected?.id ?? null, limit: 50 });
  const locale = await getPageLocale();
  const t = getTranslator(locale, NS);
  const controlTexts = textsOf(locale, NS, ['rotate', 'switchOn', 'switchOff', 'delete', 'secret']);
  return (
    <>
      <h1>{t('title')}</h1>
      <section className="panel" aria-label={t('addSection')}>
        <h2 style={{ marginTop: 0 }}>{t('addSection')}</h2>
        <p className="muted">{t.rich('addIntro', { code: (chunks) => <code>{chunks}</code> })}</p>
        <AddWebhookEndpointForm texts={textsOf(locale, NS, ['url', 'description', 'events', 'add', 'secret'])} />
      </section>
      <section className="panel" aria-label={t('endpoints')}>
        <h2 style={{ marginTop: 0 }}>{t('endpoints')}</h2>
        {endpoints.length === 0 ? (
          <p className="muted">{t('noEndpoints')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t('url')}</th>
                <th>{t('colEvents')}</th>
                <th>{t('colState')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {endpoints.map((row) => (
                <tr key={row.id} data-testid={ids.endpointRow}>
                  <td style={{ wordBreak: 'break-all' }}>
                    <Link href={`/dashboard/webhooks?endpoint=${row.id}`}>{row.url}</Link>
                    {row.description ? <div className="muted">{row.description}</div> : null}
                  </td>
                  <td>
                    <span title={row.eventTypes.join(', ')}>{t('types', { count: row.eventTypes.length })}</span>
                  </td>
                  <td>
                    {t(row.enabled ? 'on' : row.disabledReason === 'failing' ? 'offFailing' : 'off')}
                    {row.failingSince && row.enabled ? (
                      <div className="muted">
                        {t('failingSince')} <DateText value={row.failingSince} timeZone={settings.timeZone} />
                      </div>
                    ) : null}
                    <div className="muted">
                      {t('counts', { pending: String(row.pending), failed: String(row.failed) })}
                    </div>
                    {row.previousSecretValidUntil ? (
                      <div className="muted">
                        {t('oldSecretUntil')} <DateText value={row.previousSecretValidUntil} timeZone={settings.timeZone} />
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <WebhookEndpointControls
                      endpointId={row.id}
                      enabled={row.enabled}
                      texts={{ ...controlTexts, rotateConfirm: t('rotateConfirm', { url: row.url }), deleteConfirm: t('deleteConfirm', { url: row.url }) }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel" aria-label={t('log')}>
        <h2 style={{ marginTop: 0 }}>{selected ? t('logOf', { url: selected.url }) : t('log')}</h2>
        {selected ? (
          <p>
            <Link href="/dashboard/webhooks">{t('allEndpoints')}</Link>
          </p>
        ) : null}
        <WebhookDeliveryLog rows={deliveries} showEndpoint={!selected} locale={locale} />
      </section>
    </>
  );
}
