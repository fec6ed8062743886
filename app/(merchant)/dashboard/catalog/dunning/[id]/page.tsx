import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DunningPlanForm } from '@/components/catalog/dunning-plan-form';
import { dunningPlanFormValues } from '@/components/catalog/dunning-plan-form-values';
import { getDunningPlan } from '@/db/queries/catalog/get-dunning-plan';
import { listPlanCurrencies } from '@/db/queries/catalog/list-plan-currencies';
import { ReadOnlyUnless } from '@/components/dashboard/read-only-unless';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reminder process' };

const paramsSchema = z.object({ id: z.guid() });

export default async function DunningPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/catalog/dunning/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const [plan, shopCurrencies] = await Promise.all([getDunningPlan(parsed.data.id), listPlanCurrencies()]);
  if (!plan) notFound();
  // Fees in the currencies of the plans using it; a process no plan uses yet offers the shop's.
  const currencies = plan.currencies.length > 0 ? plan.currencies : shopCurrencies;
  return (
    <>
      <p>
        <Link href="/dashboard/catalog">← Catalog</Link>
      </p>
      <h1>{plan.name}</h1>
      <p className="muted">
        {plan.plans.length === 0
          ? 'No plan uses this reminder process yet.'
          : `Used by ${plan.plans.map((p) => p.code).join(', ')} (priced in ${plan.currencies.join(', ')}).`}
      </p>
      <section className="panel" aria-label="Reminder process">
        <ReadOnlyUnless allowed={hasPermission(viewer.role, 'catalog:write')}>
          <DunningPlanForm dunningPlanId={plan.id} initial={dunningPlanFormValues(plan)} currencies={currencies} />
        </ReadOnlyUnless>
      </section>
    </>
  );
}
