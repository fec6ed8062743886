import type { Metadata } from 'next';
import { SubscribersTable } from '@/components/dashboard/subscribers-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { listSubscribers } from '@/db/queries/dashboard/list-subscribers';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Subscribers' };

export default async function SubscribersPage() {
  const viewer = await requireMerchantPage('/dashboard/subscribers', 'read');
  const [settings, rows, storefront] = await Promise.all([getDashboardSettings(), listSubscribers(REAL_TIME), getStorefrontSettings()]);
  return (
    <>
      <h1>Subscribers</h1>
      <section className="panel">
        <SubscribersTable rows={rows} timeZone={settings.timeZone} canStop={hasPermission(viewer.role, 'subscriptions:write')}
          maxPauseTerms={storefront.maxPauseTerms}
        />
      </section>
    </>
  );
}
