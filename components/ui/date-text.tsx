/** A date in the reader's terms; the shop's time zone decides which calendar day it is. */
export function DateText({ value, timeZone }: { value: Date | string | null; timeZone?: string }) {
  if (!value) return <>—</>;
  const date = typeof value === 'string' ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()}>
      {new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone }).format(date)}
    </time>
  );
}
