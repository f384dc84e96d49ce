/** Architecture rules (DESIGN.md "Direction"): web → contracts ← api → core → db, no cycles. */
const VOCABULARY = [
  '^src/core/shared/permissions\\.ts$',
  '^src/core/shared/money\\.ts$',
  '^src/core/shared/document-totals\\.ts$',
  '^src/core/organisation/rules\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to reason about.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-a-leaf',
      severity: 'error',
      comment:
        'src/domain declares the shared vocabulary once (status lists, constants, pure predicates over them). Schema, contracts, core and the web app all import it, so it imports nothing from the rest of src (and keeps to plain TypeScript: no packages).',
      from: { path: '^src/domain' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'core-is-not-http',
      severity: 'error',
      comment: 'The core never knows about HTTP: no Fastify, no api/ imports.',
      from: { path: '^src/core' },
      to: { path: ['^src/api', 'node_modules/fastify', 'node_modules/@fastify'] },
    },
    {
      name: 'capabilities-meet-at-index',
      severity: 'error',
      comment: 'A capability calls another only through its index.ts.',
      from: { path: '^src/core/([^/]+)/' },
      to: {
        path: '^src/core/([^/]+)/',
        pathNot: ['^src/core/$1/', '^src/core/shared/', '^src/core/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'contracts-are-leaves',
      severity: 'error',
      comment:
        'Contracts hold schemas only; the browser bundles them. They may use the pure vocabulary modules (roles and permissions, document-number grammar) so both sides validate alike.',
      from: { path: '^src/contracts' },
      to: { path: '^src/(api|db|core)', pathNot: VOCABULARY },
    },
    {
      name: 'vocabulary-is-pure',
      severity: 'error',
      comment:
        'Modules the contracts and the browser share import no other server code (src/domain, a leaf itself, is the shared vocabulary).',
      from: { path: VOCABULARY },
      to: { path: '^src/', pathNot: [...VOCABULARY, '^src/domain/'] },
    },
    {
      name: 'web-uses-contracts-only',
      severity: 'error',
      comment: 'The web app talks to the server through the API; it shares only the contracts.',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: ['^src/contracts/', '^src/domain/', ...VOCABULARY] },
    },
    {
      name: 'db-below-core',
      severity: 'error',
      comment:
        'The data layer does not call up into the core or the API. Seeding drives use cases, so it lives in src/seed/, a client of the core.',
      from: { path: '^src/db' },
      to: { path: '^src/(core|api|seed)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    exclude: { path: ['node_modules', 'dist', '^src/db/migrations'] },
  },
};
