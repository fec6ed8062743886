/** Test ids of the e-mail and page texts editor; the e2e suite imports this same module. */
export const textsTestIds = {
  targetLink: 'text-target-link',
  localeLink: 'text-locale-link',
  row: 'text-row',
  input: 'text-input',
  save: 'text-save',
  reset: 'text-reset',
  preview: 'text-preview',
  previewSubject: 'text-preview-subject',
  previewProblem: 'text-preview-problem',
  sendTest: 'text-send-test',
} as const;
