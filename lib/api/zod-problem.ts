import type { z } from 'zod';

/** The first problem zod found, as a message and the field it is about (`address.city`). */
export function zodProblem(error: z.ZodError): { message: string; param: string | null } {
  const issue = error.issues[0];
  if (!issue) return { message: 'The request is not valid.', param: null };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { message: `Unknown field “${[...path, key].join('.')}”.`, param: [...path, key].join('.') };
  }
  const param = path.length ? path.join('.') : null;
  const message = /^Invalid input/.test(issue.message) && param ? `${param}: ${issue.message}` : issue.message;
  return { message, param };
}
