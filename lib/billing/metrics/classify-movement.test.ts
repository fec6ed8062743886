import { describe, expect, test } from 'vitest';
import { classifyMovement } from './classify-movement';

describe('classifyMovement', () => {
  test.each([
    [0, 3200, false, 'new'],
    [0, 3200, true, 'reactivation'],
    [3200, 0, true, 'churn'],
    [3200, 5000, true, 'expansion'],
    [5000, 3200, true, 'contraction'],
    [3200, 3200, true, null],
    [0, 0, false, null],
    [0, 0, true, null],
  ] as const)('%i -> %i (counted before: %s) is %s', (previousMinor, nextMinor, hadValueBefore, kind) => {
    expect(classifyMovement({ previousMinor, nextMinor, hadValueBefore })).toBe(kind);
  });

  test('a negative value is a bug', () => {
    expect(() => classifyMovement({ previousMinor: -1, nextMinor: 0, hadValueBefore: true })).toThrow(RangeError);
  });
});
