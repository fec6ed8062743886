import { describe, expect, test } from 'vitest';
import { signTestWebhook, testWebhookSecret } from './test-provider-webhook';

describe('the test provider’s webhook secret', () => {
  test('has no built-in default: without a secret to derive it from, there is none', () => {
    expect(() => testWebhookSecret({})).toThrow(/no webhook secret/);
  });

  test('the old published default signs nothing this installation accepts', () => {
    const body = JSON.stringify({ id: 'tp_0123456789abcdef01234567' });
    expect(signTestWebhook(body, 'kadens-test-provider-webhook')).not.toBe(signTestWebhook(body));
  });

  test('is derived from AUTH_SECRET (shared by every instance), never equal to it', () => {
    const one = testWebhookSecret({ AUTH_SECRET: 'a'.repeat(40) });
    expect(one).toBe(testWebhookSecret({ AUTH_SECRET: 'a'.repeat(40) }));
    expect(one).not.toBe(testWebhookSecret({ AUTH_SECRET: 'b'.repeat(40) }));
    expect(one).not.toContain('a'.repeat(40));
  });

  test('TEST_PROVIDER_WEBHOOK_SECRET wins when set', () => {
    expect(testWebhookSecret({ AUTH_SECRET: 'a'.repeat(40), TEST_PROVIDER_WEBHOOK_SECRET: 'sandbox-secret' })).toBe('sandbox-secret');
  });
});
