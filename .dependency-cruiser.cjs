/**
 * The layers of ARCHITECTURE.md, enforced: `npm run lint:layers` (part of `npm test`) fails on an
 * import cycle or an import that goes the wrong way.
 *
 *   app → lib/actions → lib/services → (lib/billing, db, lib/payments, emails)
 *   inngest/functions → lib/services
 *
 * Tests, fixtures and test support may reach across layers to set up a scenario; the rules
 * below speak of the code that ships.
 */
const TEST_CODE = '(\\.test\\.tsx?$|-fixtures?\\.tsx?$|/test-fixtures\\.tsx?$|/testing/|/test-support/|^test/|^e2e/|^bench/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle means two modules cannot be understood (or loaded) apart. Move the shared part down a layer.',
      from: { pathNot: TEST_CODE },
      to: { circular: true, viaOnly: { pathNot: TEST_CODE } },
    },
    {
      name: 'billing-is-pure',
      severity: 'error',
      comment: 'lib/billing is the pure domain core: it imports nothing of ours from outside lib/billing and no framework.',
      from: { path: '^lib/billing/' },
      to: {
        pathNot: ['^lib/billing/', '^node_modules/(date-fns|@date-fns/tz|dinero\\.js|@dinero\\.js|zod)/'],
      },
    },
    {
      name: 'services-never-import-up',
      severity: 'error',
      comment: 'Services are called by actions, routes and Inngest functions, never the other way round.',
      from: { path: '^lib/services/', pathNot: TEST_CODE },
      to: { path: ['^app/', '^components/', '^lib/actions/', '^inngest/'] },
    },
    {
      name: 'lib-never-imports-inngest',
      severity: 'error',
      comment: 'Inngest functions call services; nothing in lib/ or db/ knows about Inngest (events are rows in domain_events).',
      from: { path: ['^lib/', '^db/', '^emails/', '^components/'], pathNot: TEST_CODE },
      to: { path: '^inngest/' },
    },
    {
      name: 'db-never-imports-services',
      severity: 'error',
      comment: 'db/ is schema, migrations, the client and scoped queries; it never calls services, actions or routes.',
      from: { path: '^db/', pathNot: TEST_CODE },
      to: { path: ['^lib/services/', '^lib/actions/', '^app/', '^components/', '^inngest/'] },
    },
    {
      name: 'no-db-client-in-routes-or-actions',
      severity: 'error',
      comment: 'Pages, route handlers and actions read through db/queries (scoped) and write through services.',
      from: { path: ['^app/', '^lib/actions/'], pathNot: TEST_CODE },
      to: { path: '^db/client\\.ts$' },
    },
    {
      name: 'components-take-plain-props',
      severity: 'error',
      comment: 'Components receive plain props: no database, no services, no schema types.',
      from: { path: '^components/', pathNot: TEST_CODE },
      to: { path: ['^db/schema', '^db/client', '^inngest/'] },
    },
    {
      name: 'components-call-nothing-below',
      severity: 'error',
      comment: 'Components may name the plain result type of a query or service, never call one.',
      from: { path: '^components/', pathNot: TEST_CODE },
      to: { path: ['^db/', '^lib/services/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'emails-never-query',
      severity: 'error',
      comment: 'E-mail templates take plain props; services load the data.',
      from: { path: '^emails/', pathNot: TEST_CODE },
      to: { path: ['^db/', '^lib/services/', '^lib/actions/', '^app/'] },
    },
    {
      name: 'payment-providers-take-no-database',
      severity: 'error',
      comment: 'Payment providers talk to the provider only; the test provider keeps its store behind its own interface.',
      from: { path: '^lib/payments/', pathNot: ['^lib/payments/(postgres-)?test-provider-store', TEST_CODE] },
      to: { path: ['^db/client\\.ts$', '^lib/services/'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|\\.data|\\.test-results|playwright-report|test-results|db/migrations)/' },
    tsPreCompilationDeps: true,
    // NOTE: the `@/` alias reaches the resolver as a webpack-style alias, not through
    // tsconfig.json: with the tsconfig's paths the resolver also looked for bare names in the
    // project root, so the npm package `inngest` resolved to our own inngest/ folder.
    webpackConfig: { fileName: require('node:path').join(__dirname, '.dependency-cruiser.resolve.cjs') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
