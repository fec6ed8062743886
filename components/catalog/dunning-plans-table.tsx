import Link from 'next/link';
import type { DunningPlanListRow } from '@/db/queries/catalog/list-dunning-plans';
import { describeDunningStep } from './describe-dunning-step';
import type { Translator } from '@/lib/i18n/translator';
import { catalogTestIds } from './test-ids';

/** The reminder processes with their steps in order and how many plans use each. */
export function DunningPlansTable({ rows, t }: { rows: DunningPlanListRow[]; t: Translator<'dashboard.manage.catalog'> }) {
  if (rows.length === 0) return <p className="muted">{t('noReminderProcesses')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>{t('reminderProcess')}</th>
          <th>{t('stepsAfterDue')}</th>
          <th className="num">{t('plans')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((plan) => (
          <tr key={plan.id} data-testid={catalogTestIds.dunningRow}>
            <td>
              <Link href={`/dashboard/catalog/dunning/${plan.id}`} data-testid={catalogTestIds.dunningLink}>
                {plan.name}
              </Link>
              <div className="muted">
                {plan.suspendInsteadOfRemind ? t('dunningSuspends') : ''}
                {t('dunningEnds', { days: plan.endAfterDays })}
              </div>
            </td>
            <td>
              {plan.steps.length === 0 ? (
                <span className="muted">{t('dunningNoSteps')}</span>
              ) : (
                <ol style={{ margin: 0, paddingLeft: '1.2rem' }}>
                  {plan.steps.map((step, index) => (
                    <li key={index}>{describeDunningStep(step, t)}</li>
                  ))}
                </ol>
              )}
            </td>
            <td className="num">{plan.planCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
