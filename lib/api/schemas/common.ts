import { z } from 'zod';

export const ErrorResponse = z
  .object({
    error: z.object({
      type: z.enum([
        'authentication_error',
        'permission_error',
        'invalid_request_error',
        'not_found_error',
        'conflict_error',
        'idempotency_error',
        'rate_limit_error',
        'api_error',
      ]),
      code: z.string().meta({ description: 'A stable code to branch on, e.g. `resource_missing`, `invalid_cursor`.' }),
      message: z.string().meta({ description: 'What went wrong and what to do about it, for a person.' }),
      param: z.string().nullable().meta({ description: 'The request field the error is about, if any.' }),
    }),
  })
  .meta({ id: 'Error' });

const isoTimestamp = z.iso.datetime({ offset: true, error: 'Give a date and time in ISO 8601, like 2026-01-31T00:00:00Z.' });

/** Every list takes these: a page size, the cursor of the previous page, and a created range. */
export const listQuery = {
  limit: z.coerce
    .number({ error: 'limit is a whole number from 1 to 100.' })
    .int({ error: 'limit is a whole number from 1 to 100.' })
    .min(1, { error: 'limit is a whole number from 1 to 100.' })
    .max(100, { error: 'limit is a whole number from 1 to 100.' })
    .default(10)
    .meta({ description: 'How many objects a page holds (1–100, default 10).' }),
  starting_after: z
    .string()
    .max(500)
    .optional()
    .meta({ description: 'The `next_cursor` of the previous page: this page starts right after its last object.' }),
  created_gte: isoTimestamp.optional().meta({ description: 'Only objects created at or after this instant.' }),
  created_lt: isoTimestamp.optional().meta({ description: 'Only objects created before this instant.' }),
};

export const customerFilter = z.uuid({ error: 'customer is the id of a customer.' }).optional().meta({ description: 'Only objects of this customer.' });

/** A page of a list, newest first. */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      object: z.literal('list'),
      data: z.array(item),
      has_more: z.boolean().meta({ description: 'Whether another page follows.' }),
      next_cursor: z.string().nullable().meta({ description: 'Pass as `starting_after` for the next page; null on the last page.' }),
    })
    .meta({ id });
}

export const IdParams = z.object({
  id: z.string().meta({ description: 'The object’s id.' }),
});

export const timestamp = z.iso.datetime({ offset: true });
export const nullableTimestamp = timestamp.nullable();
export const currency = z.string().length(3).meta({ description: 'ISO 4217 code, e.g. EUR.' });
export const minor = (description: string) => z.int().meta({ description: `${description}, in minor units (cents).` });
