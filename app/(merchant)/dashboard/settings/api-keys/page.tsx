import type { Metadata } from 'next';
import { ApiKeyTable } from '@/components/api-keys/api-key-table';
import { CreateApiKeyForm } from '@/components/api-keys/create-api-key-form';
import { listApiKeys } from '@/db/queries/api-keys/list-api-keys';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API keys' };

/** The owner's keys for the REST API: made here, shown once, revoked here. */
export default async function ApiKeysPage() {
  await requireMerchantPage('/dashboard/settings/api-keys', 'api-keys:manage');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listApiKeys()]);
  return (
    <>
      <h1>API keys</h1>
      <section className="panel" aria-label="About API keys">
        <p>
          Keys let your CRM, accounting or fulfilment software use the <a href="/docs/api">REST API</a> (<code>/api/v1</code>). Send a key as{' '}
          <code>Authorization: Bearer kad_live_…</code>. A read-only key can list and fetch; a read-and-write key can also create customers,
          cancel subscriptions, register payments and issue credit notes, each recorded in the audit log under your name.
        </p>
        <p className="muted">Simulated (test clock) customers are never visible through the API.</p>
      </section>
      <section className="panel" aria-label="Create an API key">
        <h2 style={{ marginTop: 0 }}>Create a key</h2>
        <CreateApiKeyForm />
      </section>
      <section className="panel" aria-label="API keys">
        <ApiKeyTable rows={rows} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
