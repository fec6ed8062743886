import { manageCode } from './manage-code';

/**
 * What a merchant action does, as its guard's refusals complete it ("Only the shop’s staff can …",
 * "Your role does not allow you to …"): the English phrase an action names (`to`) and its code in
 * dashboard.manage.messages, so the refusal names the action in the staff member's language.
 */
export const STAFF_ACTIONS = {
  'add simulated subscribers': manageCode('staffActionAddSimulatedSubscribers'),
  'advance test clocks': manageCode('staffActionAdvanceTestClocks'),
  'change a password': manageCode('staffActionChangeAPassword'),
  'change subscriptions': manageCode('staffActionChangeSubscriptions'),
  'change the catalog': manageCode('staffActionChangeTheCatalog'),
  'change the e-mail texts': manageCode('staffActionChangeTheEMailTexts'),
  'change the owner’s e-mail address': manageCode('staffActionChangeTheOwnersEMailAddress'),
  'change the shop settings': manageCode('staffActionChangeTheShopSettings'),
  'create test clocks': manageCode('staffActionCreateTestClocks'),
  'credit invoices': manageCode('staffActionCreditInvoices'),
  'edit customers': manageCode('staffActionEditCustomers'),
  'erase customers': manageCode('staffActionEraseCustomers'),
  'import bank files': manageCode('staffActionImportBankFiles'),
  'manage API keys': manageCode('staffActionManageAPIKeys'),
  'manage the staff': manageCode('staffActionManageTheStaff'),
  'manage webhooks': manageCode('staffActionManageWebhooks'),
  'match bank transactions': manageCode('staffActionMatchBankTransactions'),
  'pause subscriptions': manageCode('staffActionPauseSubscriptions'),
  'preview the e-mail texts': manageCode('staffActionPreviewTheEMailTexts'),
  'register payments': manageCode('staffActionRegisterPayments'),
  'resume subscriptions': manageCode('staffActionResumeSubscriptions'),
  'send a test e-mail': manageCode('staffActionSendATestEMail'),
  'send e-mails again': manageCode('staffActionSendEMailsAgain'),
  'settle payments': manageCode('staffActionSettlePayments'),
  'sign out everywhere': manageCode('staffActionSignOutEverywhere'),
  'stop subscriptions': manageCode('staffActionStopSubscriptions'),
  'use the test payment provider': manageCode('staffActionUseTheTestPaymentProvider'),
} as const;

export type StaffAction = keyof typeof STAFF_ACTIONS;
