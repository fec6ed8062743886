/**
 * The fields of a GET filter form (the payments report, the audit log): a select whose first
 * option means "no filter", and a range of the shop's calendar days, both inclusive.
 */
export function FilterSelect({
  name,
  title,
  options,
  value,
  anyLabel = 'Any',
  anyValue = '',
}: {
  name: string;
  title: string;
  options: readonly { value: string; label: string }[];
  value: string;
  anyLabel?: string;
  anyValue?: string;
}) {
  return (
    <label>
      {title}
      <select name={name} defaultValue={value}>
        <option value={anyValue}>{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `labels`: the two fields' names in the reader's language (the first with the shop's time zone where it matters). */
export function DayRangeFields({
  from,
  to,
  labels,
}: {
  from: string;
  to: string;
  labels: { from: string; to: string };
}) {
  return (
    <>
      <label>
        {labels.from}
        <input type="date" name="from" defaultValue={from} />
      </label>
      <label>
        {labels.to}
        <input type="date" name="to" defaultValue={to} />
      </label>
    </>
  );
}
