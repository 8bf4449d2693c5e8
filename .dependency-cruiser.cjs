// The dependency rule of ../shared/design/architecture.md, checked on every `pnpm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'packages/domain may import only neverthrow (and itself).',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: ['^packages/domain/src', 'node_modules/neverthrow'],
      },
    },
    {
      name: 'application-depends-on-domain-only',
      comment: 'packages/application may import domain, zod and neverthrow.',
      severity: 'error',
      from: { path: '^packages/application/src', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: ['^packages/application/src', '^packages/domain/src', 'node_modules/(zod|neverthrow)/'],
      },
    },
    {
      name: 'application-tests-use-in-memory-twins-only',
      comment: 'Use-case tests may also run on the in-memory adapters, never on real infrastructure.',
      severity: 'error',
      from: { path: '^packages/application/src/.+\\.test\\.ts$' },
      to: {
        pathNot: [
          '^packages/application/src',
          '^packages/domain/src',
          '^packages/adapters/src/(in-memory|cache/(in-memory-cache|cache-values|index)|rate-limit/in-memory-rate-limiter|rate-limit/flexible-rate-limiter|system)',
          'node_modules/',
        ],
      },
    },
    {
      name: 'adapters-do-not-reach-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-do-not-reach-tools',
      comment:
        'tools/ (scripts, benches, seed CLI) builds on the apps, never the other way round; tests may use tools/testing.',
      severity: 'error',
      from: { path: '^apps/', pathNot: '\\.test\\.ts$' },
      to: { path: '^tools/' },
    },
    {
      name: 'no-di-container-in-packages',
      comment: 'tsyringe lives in the composition roots (apps/*/src/container.ts) only.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: 'node_modules/(tsyringe|reflect-metadata)/' },
    },
    {
      name: 'web-imports-router-types-only',
      comment: 'apps/web talks to the API through the typed tRPC client; it may import types only.',
      severity: 'error',
      from: { path: '^apps/web/src' },
      to: { path: '^(packages|apps/(api|worker))/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
