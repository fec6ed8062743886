import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPasswordUser, lastMail, tokenIn, userById } from './auth-test-fixtures';
import { confirmEmailChange } from './confirm-email-change';
import { requestEmailChange } from './request-email-change';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

describe('the owner’s e-mail change', () => {
  test('nothing changes until the link sent to the new address is opened; then once', async () => {
    const owner = await createPasswordUser('owner password', { role: 'owner' });
    const newEmail = `New-Owner-${randomUUID()}@Example.com`;
    expect(
      await requestEmailChange({
        userId: owner.id,
        currentPassword: 'owner password',
        newEmail,
        now: new Date(),
      }),
    ).toEqual({
      ok: true,
      value: { sentTo: newEmail.toLowerCase() },
    });
    expect((await userById(owner.id)).email).toBe(owner.email);

    const mail = await lastMail(newEmail.toLowerCase(), 'email-change');
    const token = tokenIn(mail!.text, '/signin/email-change');
    expect(await confirmEmailChange({ token, now: new Date() })).toEqual({
      ok: true,
      value: { email: newEmail.toLowerCase() },
    });
    const after = await userById(owner.id);
    expect(after.email).toBe(newEmail.toLowerCase());
    expect(after.sessionVersion).toBe(owner.sessionVersion + 1);
    expect(await confirmEmailChange({ token, now: new Date() })).toMatchObject({
      ok: false,
      error: { code: 'email_change_link_spent' },
    });
  });

  test.each([
    ['a wrong password', 'not it', () => `free-${randomUUID()}@example.com`, 'password_wrong'],
    ['the same address', 'owner password', (email: string) => email, 'email_same'],
  ])('%s is refused and nothing is sent', async (_case, password, address, code) => {
    const owner = await createPasswordUser('owner password', {
      role: 'owner',
    });
    const newEmail = address(owner.email);
    expect(
      await requestEmailChange({
        userId: owner.id,
        currentPassword: password,
        newEmail,
        now: new Date(),
      }),
    ).toMatchObject({ ok: false, error: { code } });
    expect(await lastMail(newEmail, 'email-change')).toBeUndefined();
  });

  test('an address another account took meanwhile is refused at confirmation, and the link stays unused', async () => {
    const owner = await createPasswordUser('owner password', { role: 'owner' });
    const newEmail = `contested-${randomUUID()}@example.com`;
    await requestEmailChange({
      userId: owner.id,
      currentPassword: 'owner password',
      newEmail,
      now: new Date(),
    });
    const token = tokenIn((await lastMail(newEmail, 'email-change'))!.text, '/signin/email-change');
    await createPasswordUser('other', { email: newEmail });
    expect(await confirmEmailChange({ token, now: new Date() })).toMatchObject({
      ok: false,
      error: { code: 'email_taken_now' },
    });
    expect((await userById(owner.id)).email).toBe(owner.email);
  });
});
