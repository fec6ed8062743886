// No catalog here (types only): schemas that the client forms read import these.
import type { Messages } from './catalog';

/**
 * A dashboard form's validation problem or answer, by its key in `dashboard.manage.messages`:
 * schemas and merchant actions return these codes, never English, and the action wrapper
 * renders them in the staff member's language (safe-action.ts).
 */
export type ManageCode = keyof Messages['dashboard']['manage']['messages'] & string;

/** Marks a string as a message code, so a typo fails the type check instead of showing a key. */
export const manageCode = <K extends ManageCode>(code: K): K => code;

/**
 * A code with its arguments as one string (`extendDaysInvalid?max=366`): what a zod message or
 * an action's answer can carry where only a string fits. Rendered by the localizer below.
 */
export function manageMessage(code: ManageCode, values: Record<string, string | number>): string {
  return `${code}?${new URLSearchParams(Object.entries(values).map(([key, value]) => [key, String(value)]))}`;
}
