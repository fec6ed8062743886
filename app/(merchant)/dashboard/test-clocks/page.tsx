import type { Metadata } from 'next';
import { CreateTestClockForm } from '@/components/test-clocks/create-test-clock-form';
import { TestClocksTable } from '@/components/test-clocks/test-clocks-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listTestClocks } from '@/db/queries/test-clocks/list-test-clocks';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { toLocalDateTimeInput } from '@/lib/validations/test-clocks';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Test clocks' };

export default async function TestClocksPage() {
  const viewer = await requireMerchantPage('/dashboard/test-clocks', 'read');
  const [settings, clocks] = await Promise.all([getDashboardSettings(), listTestClocks()]);
  return (
    <>
      <h1>Test clocks</h1>
      <p className="muted">
        A test clock has its own time. Simulated customers on it subscribe through the real checkout, and when you move
        the clock forward the billing engine runs for them as if that time had come: announcements, invoices, charges,
        reminders. Real customers are never touched.
      </p>
      {hasPermission(viewer.role, 'test-clocks:write') ? (
        <section className="panel" aria-label="New test clock">
          <h2 style={{ marginTop: 0 }}>New test clock</h2>
          <CreateTestClockForm
            defaultStartAt={toLocalDateTimeInput(new Date(), settings.timeZone)}
            timeZone={settings.timeZone}
            zones={Intl.supportedValuesOf('timeZone')}
          />
        </section>
      ) : null}
      <section className="panel" aria-label="Test clocks">
        <TestClocksTable rows={clocks} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
