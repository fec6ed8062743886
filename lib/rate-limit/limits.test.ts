import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, limitRule } from './limits';

describe('limitRule', () => {
  test.each([
    [{}, DEFAULT_LIMITS['sign-in-email']],
    [{ KADENS_RATE_LIMIT_SIGN_IN_EMAIL: '3/60' }, { points: 3, durationSeconds: 60 }],
    [{ KADENS_RATE_LIMIT_SIGN_IN_EMAIL: 'off' }, null],
    [{ KADENS_RATE_LIMITS: 'off', KADENS_RATE_LIMIT_SIGN_IN_EMAIL: '3/60' }, null],
  ])('%o → %o', (env, expected) => {
    expect(limitRule('sign-in-email', env)).toEqual(expected);
  });

  test.each(['3', '0/60', '3/0', 'ten/60'])('"%s" is refused, not ignored', (value) => {
    expect(() => limitRule('sign-in-email', { KADENS_RATE_LIMIT_SIGN_IN_EMAIL: value })).toThrow(/KADENS_RATE_LIMIT_SIGN_IN_EMAIL/);
  });
});
