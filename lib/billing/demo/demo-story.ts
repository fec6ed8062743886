import { addDays } from 'date-fns/addDays';
import { seededRandom } from './seeded-random';

/**
 * The demo shop's history as a story: who signs up when, on which plan, how they pay, and what
 * they do later (upgrade, downgrade, pause, stop). Only the customers' own decisions are here;
 * everything that follows from them (renewals, charges, failed charges, reminders, suspensions,
 * terminations, MRR movements) is left to the billing engine, run through the same dates.
 */

export const DEMO_PLAN_CODES = ['trendhouse-monthly', 'trendhouse-quarterly', 'trendhouse-yearly', 'code-academy-monthly', 'snack-box-monthly'] as const;
export type DemoPlanCode = (typeof DEMO_PLAN_CODES)[number];

/**
 * How a customer pays. `card`: autopay that works; `flaky-card`: autopay whose charges sometimes
 * fail and succeed on a retry; `failing-card`: autopay that stops working (the engine dunns and
 * ends the subscription). Invoice payers get each invoice by e-mail and transfer the money:
 * `prompt` within days, `late` only after a reminder, `never` not at all.
 */
export type DemoPayer = 'card' | 'flaky-card' | 'failing-card' | 'prompt' | 'late' | 'never';

export type DemoChange =
  | { kind: 'upgrade'; at: Date; quantity: number }
  | { kind: 'downgrade'; at: Date; quantity: number }
  | { kind: 'pause'; at: Date; terms: number }
  | { kind: 'stop'; at: Date; reason: 'too_expensive' | 'not_using' | 'missing_features' | 'switching' | 'temporary' | 'other' };

export type DemoCustomer = {
  index: number;
  name: string;
  email: string;
  city: string;
  signupAt: Date;
  plan: DemoPlanCode;
  payer: DemoPayer;
  changes: DemoChange[];
};

const FIRST_NAMES = ['Anna', 'Bram', 'Chloé', 'Daan', 'Emma', 'Finn', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Katrien', 'Lars', 'Maud', 'Noah', 'Olga', 'Pieter', 'Quinten', 'Roos', 'Sven', 'Tess', 'Umut', 'Vera', 'Willem', 'Yara', 'Zoë'];
const LAST_NAMES = ['Bakker', 'de Jong', 'Jansen', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Hoekstra', 'Koster', 'Prins', 'Kok', 'Schouten', 'Willems'];
const CITIES = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Haarlem', 'Leiden', 'Zwolle', 'Maastricht'];

const PLAN_WEIGHTS: readonly (readonly [DemoPlanCode, number])[] = [
  ['trendhouse-monthly', 30],
  ['trendhouse-quarterly', 8],
  ['trendhouse-yearly', 8],
  ['code-academy-monthly', 20],
  ['snack-box-monthly', 34],
];
const PAYER_WEIGHTS: readonly (readonly [DemoPayer, number])[] = [
  ['card', 62],
  ['flaky-card', 8],
  ['failing-card', 6],
  ['prompt', 12],
  ['late', 8],
  ['never', 4],
];
const STOP_REASONS = ['too_expensive', 'not_using', 'missing_features', 'switching', 'temporary', 'other'] as const;

const DAY_MS = 86_400_000;

/**
 * `customers` stories between `start` and `end`, the same for the same seed. Sign-ups grow over
 * the period (more in the later months, as a shop that is doing well); changes fall between the
 * sign-up and `end`. E-mail addresses are at `emailDomain` (default demo.example).
 */
export function demoStory(input: { seed: number; start: Date; end: Date; customers: number; emailDomain?: string }): DemoCustomer[] {
  const random = seededRandom(input.seed);
  const span = input.end.getTime() - input.start.getTime();
  const stories: DemoCustomer[] = [];
  for (let index = 0; index < input.customers; index += 1) {
    // sqrt of a uniform: sign-ups grow linearly over the period. The last week stays quiet, so
    // every new customer has paid before the dashboard opens.
    const share = Math.sqrt(random.next());
    const signupAt = roundToMinute(new Date(input.start.getTime() + share * (span - 7 * DAY_MS)));
    const first = FIRST_NAMES[random.int(0, FIRST_NAMES.length - 1)]!;
    const last = LAST_NAMES[random.int(0, LAST_NAMES.length - 1)]!;
    const plan = random.pick(PLAN_WEIGHTS);
    const payer = random.pick(PAYER_WEIGHTS);
    const story: DemoCustomer = {
      index,
      name: `${first} ${last}`,
      email: `${slug(first)}.${slug(last)}.${index + 1}@${input.emailDomain ?? 'demo.example'}`,
      city: CITIES[random.int(0, CITIES.length - 1)]!,
      signupAt,
      plan,
      payer,
      changes: [],
    };
    story.changes = changesOf(random, story, input.end);
    stories.push(story);
  }
  return stories;
}

function changesOf(random: ReturnType<typeof seededRandom>, story: DemoCustomer, end: Date): DemoChange[] {
  const changes: DemoChange[] = [];
  const daysLeft = Math.floor((end.getTime() - story.signupAt.getTime()) / DAY_MS);
  const at = (fromDay: number, toDay: number) => roundToMinute(addDays(story.signupAt, random.int(fromDay, Math.max(fromDay, toDay))));
  if (daysLeft < 45) return changes;
  // The box and the monthly magazine can be had twice (a second copy, a gift): an expansion,
  // and for some a step back later (a contraction at the next renewal).
  if ((story.plan === 'snack-box-monthly' || story.plan === 'trendhouse-monthly') && random.chance(0.22)) {
    const upgradeDay = random.int(20, Math.min(daysLeft - 10, 300));
    changes.push({ kind: 'upgrade', at: at(upgradeDay, upgradeDay), quantity: 2 });
    if (random.chance(0.35) && daysLeft - upgradeDay > 75) changes.push({ kind: 'downgrade', at: at(upgradeDay + 45, daysLeft - 20), quantity: 1 });
  }
  const last = changes.at(-1)?.at ?? story.signupAt;
  const sinceLast = Math.floor((end.getTime() - last.getTime()) / DAY_MS);
  const from = Math.floor((last.getTime() - story.signupAt.getTime()) / DAY_MS) + 15;
  if (sinceLast < 30) return changes;
  const roll = random.next();
  if (story.plan === 'snack-box-monthly' && roll < 0.18) {
    changes.push({ kind: 'pause', at: at(from, daysLeft - 15), terms: random.int(1, 3) });
  } else if (roll < 0.45) {
    // Stopping at the end of the term: the magazine's commitment makes the shop refuse an early
    // stop, so its readers stop after their first year.
    const earliest = story.plan.startsWith('trendhouse') ? Math.max(from, 340) : from;
    if (earliest < daysLeft - 5) changes.push({ kind: 'stop', at: at(earliest, daysLeft - 5), reason: STOP_REASONS[random.int(0, STOP_REASONS.length - 1)]! });
  }
  return changes;
}

function roundToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}
