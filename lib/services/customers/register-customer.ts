import { db } from '@/db/client';
import { customers, users } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { customerTypeOf } from '@/lib/billing/vat/buyer-kind';
import { hashPassword } from '@/lib/auth/password';
import { isUniqueViolation } from '@/lib/services/db-errors';
import type { RegisterInput } from '@/lib/validations/auth';
import { recordEvent } from '@/lib/services/events/record-event';

export type RegisterError = { code: 'email_taken' | 'password_required'; field: 'email' | 'password'; message: string };

/**
 * Creates the login and the customer with the invoice address, in one transaction. The login
 * starts unconfirmed (no `emailVerified`): see lib/auth/access.ts for what that withholds.
 *
 * NOTE: the password is hashed before the address is tried, so a taken address takes as long
 * as a free one. The `email_taken` refusal is for the caller to act on, never to show.
 */
export async function registerCustomer(
  input: RegisterInput,
  options: { requirePassword: boolean },
): Promise<Result<{ userId: string; customerId: string }, RegisterError>> {
  if (options.requirePassword && !input.password) {
    return err({ code: 'password_required', field: 'password', message: 'Choose a password of at least 8 characters.' });
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return ok(
      await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({ email: input.email, name: input.name, passwordHash, role: 'customer' })
          .returning({ id: users.id });
        const [customer] = await tx
          .insert(customers)
          .values({
            userId: user!.id,
            name: input.name,
            email: input.email,
            companyName: input.companyName,
            vatId: input.vatId,
            customerType: customerTypeOf(input),
            addressLine1: input.addressLine1,
            addressLine2: input.addressLine2,
            postalCode: input.postalCode,
            city: input.city,
            country: input.country,
            locale: input.locale,
          })
          .returning({ id: customers.id });
        await recordEvent(tx, { name: 'customer/created', data: { customerId: customer!.id } });
        return { userId: user!.id, customerId: customer!.id };
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) {
      return err({ code: 'email_taken', field: 'email', message: 'There is already an account with this e-mail address.' });
    }
    throw error;
  }
}
