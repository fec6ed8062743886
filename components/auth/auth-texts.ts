/**
 * The messages each auth form shows (messages/*.json `auth.*`), listed outside the forms: a
 * 'use client' module's constants do not reach the server page that formats them.
 */
export const SIGN_IN_TEXT_KEYS = ['email', 'password', 'submit', 'orLink', 'linkEmail', 'sendLink'] as const;
export type SignInTexts = Record<(typeof SIGN_IN_TEXT_KEYS)[number], string>;

export const REGISTER_TEXT_KEYS = [
  'name',
  'email',
  'companyName',
  'vatId',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'language',
  'password',
  'passwordOptional',
  'submit',
] as const;
export type RegisterTexts = Record<(typeof REGISTER_TEXT_KEYS)[number], string>;
