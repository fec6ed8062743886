import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { getTranslator } from '@/lib/i18n/translator';
import { DunningPlansTable } from './dunning-plans-table';
import { describeDunningStep } from './describe-dunning-step';

const dutch = getTranslator('nl', 'dashboard.manage.catalog');

describe('the catalog’s reminder processes for a staff member who reads Dutch', () => {
  test('each step, the end after termination and an empty process in Dutch', () => {
    const html = renderToStaticMarkup(
      <DunningPlansTable
        t={dutch}
        rows={[
          {
            id: 'd1',
            name: 'Streng',
            suspendInsteadOfRemind: true,
            endAfterDays: 30,
            planCount: 2,
            steps: [
              { daysAfterDue: 3, action: 'remind', fees: { EUR: 500 } },
              { daysAfterDue: 14, action: 'terminate', fees: {} },
            ],
          },
          { id: 'd2', name: 'Leeg', suspendInsteadOfRemind: false, endAfterDays: 1, planCount: 0, steps: [] },
        ]}
      />,
    );
    expect(html).toContain('schort op in plaats van te herinneren; loopt af 30 dagen na de beëindiging');
    expect(html).toContain('loopt af 1 dag na de beëindiging');
    expect(html).toContain('<li>Dag 3: herinneren, vergoeding €5.00</li>');
    expect(html).toContain('<li>Dag 14: beëindigen</li>');
    expect(html).toContain('geen stappen');
    for (const english of ['Day ', 'remind', 'after termination', 'no steps']) expect(html).not.toContain(english);
  });

  test('in English a step reads as before', () => {
    expect(describeDunningStep({ daysAfterDue: 3, action: 'remind', fees: { EUR: 500 } }, getTranslator('en', 'dashboard.manage.catalog'))).toBe('Day 3: remind, fee €5.00');
  });
});
