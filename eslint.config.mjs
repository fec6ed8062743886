import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const BILLING_BOUNDARY =
  'lib/billing is the pure domain core: no framework, no database, nothing of ours from outside ' +
  'lib/billing. See ARCHITECTURE.md.';

const FORBIDDEN_IN_BILLING = [
  'next',
  'next/*',
  'next-auth',
  'next-auth/*',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'postgres',
  'inngest',
  'inngest/*',
  '@inngest/*',
  '@/*',
];

/**
 * `no-restricted-imports` for files `depth` folders below lib/billing: a relative import with
 * depth + 1 `../` leaves lib/billing. (Rule options replace rather than merge, so each depth
 * gets the full list.)
 */
function billingImportRules(files, depth) {
  const leavesBilling = '../'.repeat(depth + 1) + '*';
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...FORBIDDEN_IN_BILLING, leavesBilling], message: BILLING_BOUNDARY }] },
      ],
    },
  };
}

const READS_AND_WRITES =
  'Pages, routes, actions and components never touch the database: read through a scoped function ' +
  'in db/queries/<area>/, write through lib/services/. See ARCHITECTURE.md.';
const PLAIN_PROPS = 'Components take plain props: no database handle, schema or query function (a type from db/queries is fine).';
const NO_DB_HANDLE = 'Payment providers take no database handle; the test provider keeps its ledger behind TestProviderStore.';

/** The database itself, its schema and driver: off limits above db/queries and lib/services. */
const DATABASE = ['@/db/client', '@/db/schema', '@/db/schema/*', '@/db/bulk-insert', 'drizzle-orm', 'drizzle-orm/*', 'postgres'];

function layerRules(files, groups, ignores = []) {
  return {
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx', ...ignores],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: groups }] },
  };
}

// defineConfig from eslint core: typescript-eslint 8 deprecates its own tseslint.config().
export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '.next/**',
      '.data/**',
      'db/migrations/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Package indexes that load far more than we use: about a second on every cold start of
      // the server and in every test file that reaches them.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='date-fns']",
          message: "Import date-fns one function at a time: import { addDays } from 'date-fns/addDays'.",
        },
        {
          selector: "ImportDeclaration[source.value='@react-email/components']",
          message: 'Import react-email parts from emails/components/primitives (the barrel also loads Tailwind).',
        },
      ],
    },
  },
  billingImportRules(['lib/billing/*'], 0),
  billingImportRules(['lib/billing/*/*'], 1),
  billingImportRules(['lib/billing/*/*/**'], 2),
  layerRules(['app/**/*.{ts,tsx}', 'lib/actions/**/*.ts'], [{ group: DATABASE, message: READS_AND_WRITES }]),
  layerRules(
    ['components/**/*.{ts,tsx}'],
    [
      { group: DATABASE, message: PLAIN_PROPS },
      { group: ['@/db/queries/*', '@/db/queries/**'], allowTypeImports: true, message: PLAIN_PROPS },
    ],
  ),
  layerRules(['lib/payments/**/*.ts'], [{ group: ['@/db/client', 'drizzle-orm', 'drizzle-orm/*'], message: NO_DB_HANDLE }], [
    'lib/payments/postgres-test-provider-store.ts',
  ]),
);
