import { staffTestIds } from '@/components/staff/test-ids';
import { DayRangeFields, FilterSelect } from '@/components/ui/filter-fields';
import type { AuditTexts } from './audit-texts';

export type AuditFilterValues = { actor: string; action: string; recordType: string; record: string; from: string; to: string };

/** The audit log's filters as a plain GET form: the URL is the view (bookmarkable, shareable). */
export function AuditFilterForm({
  values,
  actors,
  actions,
  recordTypes,
  texts,
}: {
  values: AuditFilterValues;
  actors: { userId: string; email: string }[];
  actions: { value: string; label: string }[];
  recordTypes: readonly string[];
  texts: AuditTexts;
}) {
  return (
    <form method="get" className="row" style={{ alignItems: 'flex-end' }} data-testid={staffTestIds.auditFilter}>
      <FilterSelect name="actor" title={texts.who} anyLabel={texts.anyone} options={actors.map((actor) => ({ value: actor.userId, label: actor.email }))} value={values.actor} />
      <FilterSelect name="action" title={texts.what} anyLabel={texts.anyChange} options={actions} value={values.action} />
      <FilterSelect
        name="recordType"
        title={texts.record}
        anyLabel={texts.anyKind}
        options={recordTypes.map((type) => ({ value: type, label: texts.records[type] ?? type }))}
        value={values.recordType}
      />
      <label>
        {texts.recordId}
        <input name="record" defaultValue={values.record} placeholder={texts.recordIdHint} />
      </label>
      <DayRangeFields from={values.from} to={values.to} labels={texts} />
      <button type="submit">{texts.show}</button>
    </form>
  );
}
