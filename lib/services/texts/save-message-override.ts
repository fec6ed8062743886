import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { messageOverrides } from '@/db/schema';
import { defaultText } from '@/emails/editable-texts';
import { recordAudit } from '@/lib/services/audit/record-audit';
import type { MessageOverrideInput, MessageRef } from '@/lib/validations/message-override';

const whereRef = (ref: MessageRef) =>
  and(eq(messageOverrides.target, ref.target), eq(messageOverrides.locale, ref.locale), eq(messageOverrides.messageKey, ref.key));
const recordOf = (ref: MessageRef) => ({ type: 'text' as const, id: `${ref.target}:${ref.locale}:${ref.key}` });

/**
 * Saves the merchant's wording of one message of one e-mail (or the thank-you page) in one
 * language; the next such message rendered uses it. The input was checked by
 * messageOverrideSchema (syntax, macros). Saving the catalog's own text removes the override,
 * so the text follows the catalog again. Audited; an unchanged text writes nothing.
 */
export async function saveMessageOverride(input: MessageOverrideInput & { staffUserId: string }): Promise<{ changed: boolean; isDefault: boolean }> {
  const isDefault = input.text === defaultText(input.locale, input.key);
  if (isDefault) return { ...(await resetMessageOverride(input)), isDefault };
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ text: messageOverrides.text }).from(messageOverrides).where(whereRef(input)).for('update');
    if (before?.text === input.text) return { changed: false, isDefault };
    await tx
      .insert(messageOverrides)
      .values({ target: input.target, locale: input.locale, messageKey: input.key, text: input.text })
      .onConflictDoUpdate({
        target: [messageOverrides.target, messageOverrides.locale, messageOverrides.messageKey],
        set: { text: input.text, updatedAt: new Date() },
      });
    await recordAudit(tx, { actorUserId: input.staffUserId, action: 'text.update', record: recordOf(input), before: before ?? null, after: { text: input.text } });
    return { changed: true, isDefault };
  });
}

/** "Reset to default": removes the override, so the catalog's text is used again. Audited. */
export async function resetMessageOverride(input: MessageRef & { staffUserId: string }): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(messageOverrides).where(whereRef(input)).returning({ text: messageOverrides.text });
    if (!removed) return { changed: false };
    await recordAudit(tx, { actorUserId: input.staffUserId, action: 'text.reset', record: recordOf(input), before: removed, after: null });
    return { changed: true };
  });
}
