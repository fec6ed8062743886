import { describe, expect, test } from 'vitest';
import type { DunningAction } from '@/lib/billing/dunning';
import { dunningStepNames } from './dunning-step-name';

describe('dunningStepNames', () => {
  test.each<[DunningAction[], string[]]>([
    [['remind', 'remind', 'suspend', 'warn', 'terminate'], ['remind-1', 'remind-2', 'suspend', 'warn', 'terminate']],
    [['remind'], ['remind-1']],
    [['suspend', 'warn', 'terminate'], ['suspend', 'warn', 'terminate']],
    // Names stay unique when a process repeats a kind of step.
    [['remind', 'suspend', 'remind', 'suspend', 'warn', 'warn'], ['remind-1', 'suspend', 'remind-2', 'suspend-2', 'warn', 'warn-2']],
    [[], []],
  ])('%j → %j', (actions, names) => {
    expect(dunningStepNames(actions)).toEqual(names);
  });
});
