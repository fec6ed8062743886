import { describe, expect, test } from 'vitest';
import { isInngestConfigured } from './inngest-configured';

describe('isInngestConfigured', () => {
  test.each([
    [{}, false],
    [{ INNGEST_EVENT_KEY: '' }, false],
    [{ INNGEST_EVENT_KEY: 'key' }, true],
    [{ INNGEST_DEV: '1' }, true],
    [{ INNGEST_DEV: 'http://127.0.0.1:8288' }, true],
    [{ INNGEST_DEV: '0' }, false],
    [{ INNGEST_DEV: 'false' }, false],
  ] as const)('%o → %s', (env, expected) => {
    expect(isInngestConfigured(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
