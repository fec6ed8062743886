import { describe, expect, test } from 'vitest';
import { localizeIssue } from '@/lib/i18n/localize-message';
import { passwordSchema } from '@/lib/validations/auth';
import { hashPassword, verifyPassword } from './password';

// bcrypt reads 72 bytes and ignores the rest; a longer password must never be stored cut.
describe('passwords longer than bcrypt’s 72 bytes', () => {
  test.each([
    ['72 ASCII letters', 'a'.repeat(72), true],
    ['73 ASCII letters', 'a'.repeat(73), false],
    ['36 two-byte letters (72 bytes)', 'é'.repeat(36), true],
    ['37 two-byte letters (74 bytes, only 37 characters)', 'é'.repeat(37), false],
    ['18 emoji (72 bytes)', '🔑'.repeat(18), true],
    ['19 emoji (76 bytes)', '🔑'.repeat(19), false],
  ])('%s: accepted %s', (_case, password, accepted) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(accepted);
    if (!result.success) {
      expect(result.error.issues[0]!.message).toBe('password_too_long');
      expect(localizeIssue('en', result.error.issues[0]!)).toMatch(/at most 72 bytes/);
    }
  });

  test('hashing one is refused outright, so nothing can store it cut', async () => {
    await expect(hashPassword('a'.repeat(73))).rejects.toThrow(/72 bytes/);
  });

  test('up to 72 bytes, every byte counts', async () => {
    const hash = await hashPassword(`${'a'.repeat(71)}b`);
    expect(await verifyPassword(`${'a'.repeat(71)}c`, hash)).toBe(false);
  });
});
