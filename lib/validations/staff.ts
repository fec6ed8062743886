import { z } from 'zod';
import { STAFF_ROLES } from '@/lib/auth/permissions';
import { emailSchema } from './auth';

const roleSchema = z.enum(STAFF_ROLES, { error: 'Choose a role.' });
const userIdSchema = z.string({ error: 'That staff member does not exist.' }).trim().min(1, { error: 'That staff member does not exist.' }).max(100);

export const addStaffMemberSchema = z.object({
  email: emailSchema,
  name: z
    .string()
    .trim()
    .max(120, { error: 'Keep the name under 120 characters.' })
    .optional()
    .transform((name) => name || null),
  role: roleSchema,
});

export const changeStaffRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });

export const removeStaffMemberSchema = z.object({ userId: userIdSchema });
