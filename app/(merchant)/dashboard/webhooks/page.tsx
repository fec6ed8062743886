import type { Metadata } from 'next';
import Link from 'next/link';
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
export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ endpoint?: string }> }) {
  await requireMerchantPage('/dashboard/webhooks', 'webhooks:manage');
  const { endpoint } = await searchParams;
  const [settings, endpoints] = await Promise.all([getDashboardSettings(), listWebhookEndpoints(new Date())]);
  const selected = endpoints.find((row) => row.id === endpoint) ?? null;
  const deliveries = await listWebhookDeliveries({ endpointId: selected?.id ?? null, limit: 50 });
  return (
    <>
      <h1>Webhooks</h1>
      <section className="panel" aria-label="Add an endpoint">
        <h2 style={{ marginTop: 0 }}>Add an endpoint</h2>
        <p className="muted">
          Every delivery is signed per Standard Webhooks (<code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>) with the
          endpoint’s secret; the README says how to check it. Failed deliveries are retried for three days; an endpoint failing for five days is switched off
          and you are e-mailed.
        </p>
        <AddWebhookEndpointForm />
      </section>
      <section className="panel" aria-label="Endpoints">
        <h2 style={{ marginTop: 0 }}>Endpoints</h2>
        {endpoints.length === 0 ? (
          <p className="muted">No endpoints yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>URL</th>
                <th>Events</th>
                <th>State</th>
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
                    <span title={row.eventTypes.join(', ')}>{row.eventTypes.length} types</span>
                  </td>
                  <td>
                    {row.enabled ? 'On' : row.disabledReason === 'failing' ? 'Off: every delivery failed for five days' : 'Off'}
                    {row.failingSince && row.enabled ? (
                      <div className="muted">
                        failing since <DateText value={row.failingSince} timeZone={settings.timeZone} />
                      </div>
                    ) : null}
                    <div className="muted">
                      {row.pending} waiting · {row.failed} given up
                    </div>
                    {row.previousSecretValidUntil ? (
                      <div className="muted">
                        old secret signs until <DateText value={row.previousSecretValidUntil} timeZone={settings.timeZone} />
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <WebhookEndpointControls endpointId={row.id} url={row.url} enabled={row.enabled} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel" aria-label="Delivery log">
        <h2 style={{ marginTop: 0 }}>Delivery log{selected ? `: ${selected.url}` : ''}</h2>
        {selected ? (
          <p>
            <Link href="/dashboard/webhooks">All endpoints</Link>
          </p>
        ) : null}
        <WebhookDeliveryLog rows={deliveries} showEndpoint={!selected} />
      </section>
    </>
  );
}
