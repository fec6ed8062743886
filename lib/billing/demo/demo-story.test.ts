import { describe, expect, test } from 'vitest';
import { demoStory } from './demo-story';
import { seededRandom } from './seeded-random';

const START = new Date('3640-01-01T00:00:00Z');
const END = new Date('3642-01-01T00:00:00Z');
const story = (seed: number) => demoStory({ seed, start: START, end: END, customers: 200 });

describe('the demo story', () => {
  test('is the same story for the same seed, and another for another seed', () => {
    expect(story(7)).toEqual(story(7));
    expect(story(8)).not.toEqual(story(7));
  });

  test('everyone signs up within the period, before its last week, and decides only afterwards', () => {
    for (const customer of story(7)) {
      expect(customer.signupAt.getTime()).toBeGreaterThanOrEqual(START.getTime());
      expect(customer.signupAt.getTime()).toBeLessThanOrEqual(END.getTime() - 7 * 86_400_000);
      for (const change of customer.changes) {
        expect(change.at.getTime()).toBeGreaterThan(customer.signupAt.getTime());
        expect(change.at.getTime()).toBeLessThan(END.getTime());
      }
      const times = customer.changes.map((c) => c.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  test('a shop that grows, with every kind of customer the dashboard should show', () => {
    const customers = story(7);
    const firstYear = customers.filter((c) => c.signupAt < new Date('3641-01-01T00:00:00Z')).length;
    expect(customers.length - firstYear).toBeGreaterThan(firstYear);
    const kinds = new Set(customers.flatMap((c) => c.changes.map((change) => change.kind)));
    expect([...kinds].sort()).toEqual(['downgrade', 'pause', 'stop', 'upgrade']);
    const payers = new Set(customers.map((c) => c.payer));
    expect([...payers].sort()).toEqual(['card', 'failing-card', 'flaky-card', 'late', 'never', 'prompt']);
    expect(new Set(customers.map((c) => c.email)).size).toBe(customers.length);
  });

  test('the magazine, sold with a 12-month commitment, is stopped only after its first year', () => {
    for (const customer of story(7).filter((c) => c.plan.startsWith('trendhouse'))) {
      for (const stop of customer.changes.filter((c) => c.kind === 'stop')) {
        expect(stop.at.getTime() - customer.signupAt.getTime()).toBeGreaterThanOrEqual(340 * 86_400_000);
      }
    }
  });
});

describe('the seeded random numbers', () => {
  test('repeat for a seed and stay in their ranges', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 1000 }, () => a.int(3, 9));
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b.int(3, 9)));
    expect(Math.min(...drawn)).toBe(3);
    expect(Math.max(...drawn)).toBe(9);
  });
});
