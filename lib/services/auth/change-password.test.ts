import { describe, expect, test } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { createPasswordUser, userById } from './auth-test-fixtures';
import { changePassword } from './change-password';

describe('changePassword', () => {
  test('needs the current password; then replaces it and ends every session', async () => {
    const user = await createPasswordUser('the current one');
    expect(await changePassword({ userId: user.id, currentPassword: 'a wrong guess', newPassword: 'the next one!' })).toMatchObject({
      ok: false,
      error: { code: 'password_wrong', field: 'currentPassword' },
    });
    expect(await changePassword({ userId: user.id, newPassword: 'the next one!' })).toMatchObject({ ok: false });
    expect((await userById(user.id)).sessionVersion).toBe(user.sessionVersion);

    expect(await changePassword({ userId: user.id, currentPassword: 'the current one', newPassword: 'the next one!' })).toEqual({
      ok: true,
      value: { email: user.email },
    });
    const after = await userById(user.id);
    expect(await verifyPassword('the next one!', after.passwordHash!)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  test('an account that only signed in by link sets its first password without one', async () => {
    const user = await createPasswordUser('unused', { passwordHash: null });
    expect(await changePassword({ userId: user.id, newPassword: 'my first password' })).toMatchObject({ ok: true });
    expect(await verifyPassword('my first password', (await userById(user.id)).passwordHash!)).toBe(true);
  });
});
