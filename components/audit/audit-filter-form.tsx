import { staffTestIds } from '@/components/staff/test-ids';
import { DayRangeFields, FilterSelect } from '@/components/ui/filter-fields';

export type AuditFilterValues = { actor: string; action: string; recordType: string; record: string; from: string; to: string };

/** The audit log's filters as a plain GET form: the URL is the view (bookmarkable, shareable). */
export function AuditFilterForm({
  values,
  actors,
  actions,
  recordTypes,
  timeZone,
}: {
  values: AuditFilterValues;
  actors: { userId: string; email: string }[];
  actions: { value: string; label: string }[];
  recordTypes: readonly string[];
  timeZone: string;
}) {
  return (
    <form method="get" className="row" style={{ alignItems: 'flex-end' }} data-testid={staffTestIds.auditFilter}>
      <FilterSelect name="actor" title="Who" anyLabel="Anyone" options={actors.map((actor) => ({ value: actor.userId, label: actor.email }))} value={values.actor} />
      <FilterSelect name="action" title="What" anyLabel="Any change" options={actions} value={values.action} />
      <FilterSelect
        name="recordType"
        title="Record"
        anyLabel="Any kind"
        options={recordTypes.map((type) => ({ value: type, label: type.replaceAll('-', ' ') }))}
        value={values.recordType}
      />
      <label>
        Record id
        <input name="record" defaultValue={values.record} placeholder="uuid" />
      </label>
      <DayRangeFields from={values.from} to={values.to} timeZone={timeZone} />
      <button type="submit">Show</button>
    </form>
  );
}
