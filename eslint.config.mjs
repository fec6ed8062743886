import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const BILLING_BOUNDARY =
  'lib/billing is the pure domain core: no framework, no database, nothing of ours from outside ' +
  'lib/billing. See DESIGN.md §2 (and §1 "The dependency rule").';

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
    },
  },
  billingImportRules(['lib/billing/*'], 0),
  billingImportRules(['lib/billing/*/*'], 1),
  billingImportRules(['lib/billing/*/*/**'], 2),
);
