/** Test ids of the API keys page; the e2e suite imports this same module. */
export const apiKeyTestIds = {
  name: 'api-key-name',
  scope: 'api-key-scope',
  create: 'api-key-create',
  createdKey: 'api-key-created',
  row: 'api-key-row',
  rowPrefix: 'api-key-row-prefix',
  rowStatus: 'api-key-row-status',
  revoke: 'api-key-revoke',
} as const;
