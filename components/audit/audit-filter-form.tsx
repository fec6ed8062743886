import { staffTestIds } from '@/components/staff/test-ids';

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
      <label>
        Who
        <select name="actor" defaultValue={values.actor}>
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.userId} value={actor.userId}>
              {actor.email}
            </option>
          ))}
        </select>
      </label>
      <label>
        What
        <select name="action" defaultValue={values.action}>
          <option value="">Any change</option>
          {actions.map((action) => (
            <option key={action.value} value={action.value}>
              {action.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Record
        <select name="recordType" defaultValue={values.recordType}>
          <option value="">Any kind</option>
          {recordTypes.map((type) => (
            <option key={type} value={type}>
              {type.replaceAll('-', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Record id
        <input name="record" defaultValue={values.record} placeholder="uuid" />
      </label>
      <label>
        From ({timeZone})
        <input type="date" name="from" defaultValue={values.from} />
      </label>
      <label>
        To (inclusive)
        <input type="date" name="to" defaultValue={values.to} />
      </label>
      <button type="submit">Show</button>
    </form>
  );
}
