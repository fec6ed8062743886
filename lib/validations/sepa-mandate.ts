import { z } from 'zod';
import { parseSepaIban, type IbanError } from '@/lib/payments/sepa/parse-iban';

export type SepaMandateMessages = {
  order: string;
  holder: string;
  consent: string;
  iban: Record<IbanError, string>;
};

/**
 * The SEPA mandate form of the checkout: the order, the account holder, an IBAN a SEPA direct
 * debit can reach (parseSepaIban, returned compact) and the payer's consent to the mandate text.
 * Its messages are the page's language, passed in.
 */
export function sepaMandateSchema(messages: SepaMandateMessages) {
  return z.object({
    orderId: z.uuid({ error: messages.order }),
    accountHolder: z
      .string({ error: messages.holder })
      .trim()
      .min(2, { error: messages.holder })
      .max(70, { error: messages.holder }),
    iban: z.string({ error: messages.iban.format }).transform((value, ctx) => {
      const parsed = parseSepaIban(value);
      if (parsed.ok) return parsed.iban;
      ctx.addIssue({ code: 'custom', message: messages.iban[parsed.error] });
      return z.NEVER;
    }),
    consent: z.literal('yes', { error: messages.consent }),
  });
}

export type SepaMandateInput = z.output<ReturnType<typeof sepaMandateSchema>>;
