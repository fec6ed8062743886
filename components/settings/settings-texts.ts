import type { Messages } from '@/lib/i18n/catalog';

type SettingsKey = keyof Messages['dashboard']['manage']['settings'];

/** Some texts of Settings (dashboard.manage.settings) as plain strings: what a settings form is given. */
export type SettingsTexts<K extends SettingsKey> = Record<K, string>;

/** The seller identity form's labels and hints (its own module: a client component's exports do not reach the page). */
export const SELLER_IDENTITY_TEXTS = [
  'save',
  'legalName',
  'legalForm',
  'legalFormHint',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'vatId',
  'organisationNumber',
  'peppolScheme',
  'peppolValue',
  'contactEmail',
  'contactPhone',
  'sepaCreditorId',
  'sepaCreditorIdHint',
  'iban',
  'bic',
  'domesticAccount',
  'domesticAccountHint',
  'bankHeading',
  'bankOwnerOnly',
] as const satisfies readonly SettingsKey[];

export const ORDER_PAYMENT_TEXTS = [
  'save',
  'methodsLegend',
  'invoiceAccess',
  'invoiceAccessOrder',
  'invoiceAccessPayment',
  'creditCheckUrl',
  'creditCheckTimeout',
  'creditCheckFallback',
  'fallbackAllow',
  'fallbackAfterPayment',
  'fallbackRefuse',
  'requirePassword',
  'requirePasswordYes',
  'requirePasswordNo',
] as const satisfies readonly SettingsKey[];
