import type { Metadata } from 'next';
import Link from 'next/link';
import { DunningPlanForm } from '@/components/catalog/dunning-plan-form';
import { dunningPlanFormValues } from '@/components/catalog/dunning-plan-form-values';
import { listPlanCurrencies } from '@/db/queries/catalog/list-plan-currencies';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New reminder process' };

export default async function NewDunningPlanPage() {
  await requireMerchantPage('/dashboard/catalog/dunning/new', 'catalog:write');
  const [currencies, settings] = await Promise.all([listPlanCurrencies(), getDashboardSettings()]);
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">← Catalog</Link>
      </p>
      <h1>New reminder process</h1>
      <section className="panel" aria-label="New reminder process">
        <DunningPlanForm
          dunningPlanId={null}
          initial={dunningPlanFormValues({ name: '', suspendInsteadOfRemind: false, endAfterDays: 30, steps: [] })}
          currencies={currencies.length > 0 ? currencies : [settings.defaultCurrency]}
        />
      </section>
    </>
  );
}
