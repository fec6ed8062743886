/** Test ids of the merchant's payment pages; the e2e suite imports this same module. */
export const paymentsTestIds = {
  bankFileInput: 'bank-file-input',
  bankFileSubmit: 'bank-file-submit',
  bankFileError: 'bank-file-error',
  bankFileLineErrors: 'bank-file-line-errors',
  bankImportRow: 'bank-import-row',
  unmatchedRow: 'unmatched-row',
  resolveInvoiceNumber: 'resolve-invoice-number',
  resolveApply: 'resolve-apply',
  resolveIgnore: 'resolve-ignore',
  registerPaymentForm: 'register-payment-form',
  registerPaymentAmount: 'register-payment-amount',
  registerPaymentDate: 'register-payment-date',
  registerPaymentSubmit: 'register-payment-submit',
} as const;
