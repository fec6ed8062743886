import { stepRowKey } from '@/lib/validations/catalog';

/**
 * The form row or field a `validateDunningPlan` message is about: "Step 3 …" is row 3 (key
 * `steps.2`); "steps 2 and 4 both do" is the later one; undefined for the process as a whole.
 */
export function dunningProblemField(message: string): string | undefined {
  const both = /steps (\d+) and (\d+)/.exec(message);
  if (both) return stepRowKey(Number(both[2]) - 1);
  const step = /^Step (\d+)/.exec(message);
  if (step) return stepRowKey(Number(step[1]) - 1);
  if (message.startsWith('The subscription must end')) return 'endAfterDays';
  return undefined;
}
