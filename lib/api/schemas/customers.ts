import { z } from 'zod';
import { COUNTRIES } from '@/lib/validations/auth';
import { customerFilter, listOf, listQuery, timestamp } from './common';

const LOCALES = ['en', 'nl', 'de', 'nb'] as const;
const CUSTOMER_TYPES = ['consumer', 'business'] as const;

export const Customer = z
  .object({
    id: z.uuid(),
    object: z.literal('customer'),
    name: z.string(),
    email: z.string(),
    company_name: z.string().nullable(),
    vat_id: z.string().nullable(),
    customer_type: z.enum(CUSTOMER_TYPES).meta({ description: 'Whether the customer buys as a business (reverse charge, e-invoices) or as a consumer.' }),
    address: z.object({
      line1: z.string(),
      line2: z.string().nullable(),
      postal_code: z.string(),
      city: z.string(),
      country: z.string().meta({ description: 'ISO 3166-1 alpha-2.' }),
    }),
    locale: z.enum(LOCALES),
    erased: z.boolean().meta({ description: 'Erased on request (privacy): the personal details are gone.' }),
    created_at: timestamp,
  })
  .meta({ id: 'Customer' });

export const CustomerList = listOf(Customer, 'CustomerList');

export const CustomerListQuery = z.object({ ...listQuery, email: z.string().max(320).optional().meta({ description: 'Only the customer with this e-mail address.' }) });

const text = (max: number, message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(max, { error: `${message} (at most ${max} characters)` });
const optionalText = (max: number) => z.string().trim().max(max, { error: `At most ${max} characters.` }).nullish();

const addressFields = {
  line1: text(200, 'Give the street and house number.'),
  line2: optionalText(200),
  postal_code: text(12, 'Give the postal code.'),
  city: text(100, 'Give the city.'),
  country: z.enum(COUNTRIES, { error: `country is one of ${COUNTRIES.join(', ')}.` }),
};

export const CustomerCreate = z
  .object({
    name: text(120, 'Give the customer’s full name.'),
    email: z.email({ error: 'Give a valid e-mail address, like name@example.com.' }).max(320),
    company_name: optionalText(120),
    vat_id: optionalText(30),
    customer_type: z
      .enum(CUSTOMER_TYPES, { error: `customer_type is one of ${CUSTOMER_TYPES.join(', ')}.` })
      .optional()
      .meta({ description: 'Without it: business when a company_name or vat_id is given, else consumer.' }),
    address: z.object(addressFields, { error: 'Give the invoice address: line1, postal_code, city and country.' }),
    locale: z.enum(LOCALES, { error: `locale is one of ${LOCALES.join(', ')}.` }).default('en'),
  })
  .strict()
  .meta({ id: 'CustomerCreate' });

export const CustomerUpdate = z
  .object({
    name: text(120, 'Give the customer’s full name.').optional(),
    company_name: optionalText(120),
    vat_id: optionalText(30),
    customer_type: z
      .enum(CUSTOMER_TYPES, { error: `customer_type is one of ${CUSTOMER_TYPES.join(', ')}.` })
      .optional()
      .meta({ description: 'Without it the customer keeps their type, whatever company_name or vat_id become.' }),
    address: z.object(addressFields).partial().strict().optional(),
    locale: z.enum(LOCALES, { error: `locale is one of ${LOCALES.join(', ')}.` }).optional(),
  })
  .strict()
  .meta({ id: 'CustomerUpdate', description: 'The fields to change; the others stay. The e-mail address is the customer’s login and is changed by the customer.' });

export { customerFilter };
