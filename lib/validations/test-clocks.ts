import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { addDaysInZone, addMonthsInZone } from '@/lib/billing/periods';
import { isValidTimeZone } from '@/lib/billing/time-zone';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';

export const TEST_CLOCK_NAME_MAX = 80;
/** How far a clock may start from today, and how far one advance may move it. */
export const TEST_CLOCK_MAX_YEARS = 10;
export const SIMULATED_QUANTITY_MAX = 99;

export const ADVANCE_STEPS = ['day', 'week', 'month', 'year'] as const;
export type AdvanceStep = (typeof ADVANCE_STEPS)[number];

// "2026-01-31T10:00" as a datetime-local input sends it; seconds optional.
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock date-time in `timeZone` ("2026-01-31T10:00", as a datetime-local input sends it)
 * as an instant, or null when it is not a date (Feb 30, hour 25).
 *
 * NOTE: a local time that does not exist (02:30 on a spring-forward night) comes back shifted
 * forward by the gap, like every other date the engine computes in the zone.
 */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const calendar = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls Feb 30 over into March: a date that does not come back unchanged is not one.
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const instant = new TZDate(year, month - 1, day, hour, minute, second, timeZone).getTime();
  return Number.isNaN(instant) ? null : new Date(instant);
}

/** An instant as a datetime-local input's value ("2026-01-31T10:00") in `timeZone`. */
export function toLocalDateTimeInput(date: Date, timeZone: string): string {
  const local = new TZDate(date.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** The clock's time moved one step forward in the shop's calendar (a month from Jan 31 is Feb 28). */
export function stepForward(from: Date, step: AdvanceStep, timeZone: string): Date {
  switch (step) {
    case 'day':
      return addDaysInZone(from, 1, timeZone);
    case 'week':
      return addDaysInZone(from, 7, timeZone);
    case 'month':
      return addMonthsInZone(from, 1, timeZone);
    case 'year':
      return addMonthsInZone(from, 12, timeZone);
  }
}

// Messages are dashboard.manage.messages codes: the action wrapper words them for the staff member.
function localDateTimeSchema(timeZone: string, required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .transform((value, ctx) => {
      const date = parseLocalDateTime(value, timeZone);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: manageCode('dateTimeInvalid') });
        return z.NEVER;
      }
      return date;
    });
}

export const testClockIdSchema = z.guid({ error: manageCode('clockMissing') });

const nameSchema = z
  .string({ error: manageCode('clockNameRequired') })
  .trim()
  .min(1, { error: manageCode('clockNameRequired') })
  .max(TEST_CLOCK_NAME_MAX, { error: manageCode('clockNameTooLong') });

const clockZoneSchema = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((zone) => zone === undefined || isValidTimeZone(zone), { error: manageCode('clockZoneFromList') });

/**
 * A new clock: a name, the time zone it simulates the shop in (none: the shop's own), and its
 * start: a date-time in that zone, within 10 years of now.
 */
export function createTestClockSchema(context: { timeZone: string; now: Date }) {
  const required = manageCode('clockStartRequired');
  return z
    .object({
      name: nameSchema,
      timeZone: clockZoneSchema,
      // A date at all (Feb 30 is not, in any zone); where it falls is known once the zone is.
      startAt: z
        .string({ error: required })
        .trim()
        .min(1, { error: required })
        .refine((value) => parseLocalDateTime(value, 'UTC') !== null, { error: manageCode('dateTimeInvalid') }),
    })
    .transform((value, ctx) => {
      // NOTE: the start is read in the clock's own zone: "10:00" in Auckland is 10:00 there.
      const zone = value.timeZone ?? context.timeZone;
      const startAt = parseLocalDateTime(value.startAt, zone)!;
      const earliest = addMonthsInZone(context.now, -12 * TEST_CLOCK_MAX_YEARS, zone);
      const latest = addMonthsInZone(context.now, 12 * TEST_CLOCK_MAX_YEARS, zone);
      if (startAt < earliest || startAt > latest) {
        ctx.addIssue({ code: 'custom', path: ['startAt'], message: manageMessage('clockStartRange', { years: TEST_CLOCK_MAX_YEARS }) });
        return z.NEVER;
      }
      return { name: value.name, timeZone: value.timeZone ?? null, startAt };
    });
}

/** "+1 day" … "+1 year": the clock and the step; the target is computed from the stored time. */
export const advanceStepSchema = z.object({
  clockId: testClockIdSchema,
  step: z.enum(ADVANCE_STEPS, { error: manageCode('advanceStepInvalid') }),
});

/** "Advance to": strictly after the clock's time, and at most 10 years past it. */
export function advanceToSchema(context: { timeZone: string; clockTime: Date }) {
  const latest = addMonthsInZone(context.clockTime, 12 * TEST_CLOCK_MAX_YEARS, context.timeZone);
  return z.object({
    clockId: testClockIdSchema,
    to: localDateTimeSchema(context.timeZone, manageCode('advanceToRequired'))
      .refine((date) => date > context.clockTime, {
        error: manageCode('advanceForwardOnly'),
      })
      .refine((date) => date <= latest, {
        error: manageMessage('advanceTooFar', { years: TEST_CLOCK_MAX_YEARS }),
      }),
  });
}

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((value) => (value ? value : undefined));

export const addSimulatedSubscriberSchema = z.object({
  clockId: testClockIdSchema,
  planId: z.guid({ error: manageCode('simPlanRequired') }),
  quantity: z.coerce
    .number({ error: manageCode('simQuantityRequired') })
    .int({ error: manageCode('simQuantityWhole') })
    .min(1, { error: manageCode('simQuantityMin') })
    .max(SIMULATED_QUANTITY_MAX, { error: manageCode('simQuantityMax') }),
  // An unchecked checkbox is simply absent from the form.
  autopay: z
    .literal('on', { error: manageCode('onOrOff') })
    .optional()
    .transform((value) => value === 'on'),
  mandate: z.enum(['ok', 'flaky', 'failing', 'bouncing'], { error: manageCode('simMandateInvalid') }).default('ok'),
  couponCode: optionalText(40, manageCode('simCouponTooLong')).refine(
    (code) => code === undefined || /^[A-Za-z0-9_-]+$/.test(code),
    { error: manageCode('simCouponInvalid') },
  ),
  name: optionalText(TEST_CLOCK_NAME_MAX, manageCode('simNameTooLong')),
});
export type AddSimulatedSubscriberInput = z.infer<typeof addSimulatedSubscriberSchema>;
