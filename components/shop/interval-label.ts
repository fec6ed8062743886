const UNIT: Record<string, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** "every month", "every 3 months". */
export function intervalLabel(unit: string, count: number): string {
  const [one, many] = UNIT[unit] ?? [unit, unit];
  return count === 1 ? `every ${one}` : `every ${count} ${many}`;
}
