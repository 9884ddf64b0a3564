// Builds the bundles the product ships: the extension for the Node extension host (desktop,
// remote) and for the web worker extension host (vscode.dev, github.dev), the command line and
// the core library; and the integration tests for each extension host.
// `--production` minifies; `--watch` rebuilds and prints lines a problem matcher can read.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints the start and end of each build in the shape of the esbuild problem matcher. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // The language detector (eld) publishes ES modules only: read its `import` entries.
  conditions: ['import'],
  logLevel: 'silent',
  plugins: watch ? [problemMatcherPlugin] : [],
};

/** The integration suites, `test/integration/*.test.ts`. */
const integrationSuites = fs.readdirSync('test/integration').filter((name) => name.endsWith('.test.ts')).map((name) => `test/integration/${name}`);

const bundles = [
  { ...shared, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    ...shared,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    // The file-walking library's ES build asks for import.meta.url, which a CommonJS bundle lacks.
    banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': 'importMetaUrl' },
  },
  { ...shared, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  // The web worker extension host has no Node built-ins: esbuild fails the build if the
  // extension or the core reaches for one.
  { ...shared, platform: 'browser', target: 'es2022', entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  // The integration suites run inside the extension host, where plain Node cannot load the
  // language detector's ES-module-only package: they are bundled too, over tsc's output.
  {
    ...shared,
    entryPoints: fs.readdirSync('test/integration').filter((name) => name.endsWith('.ts')).map((name) => `test/integration/${name}`),
    outdir: 'out/test/integration',
    external: ['vscode', 'mocha'],
    sourcemap: true,
  },
  // The same suites for the web worker extension host, in one file (test/web/index.ts).
  {
    ...shared,
    platform: 'browser',
    target: 'es2022',
    entryPoints: ['test/web/index.ts'],
    outfile: 'out/test/web/index.js',
    external: ['vscode'],
    sourcemap: true,
    define: {
      WEB_SUITES: JSON.stringify(integrationSuites.map((file) => path.basename(file, '.test.ts'))),
      // The browser ports of `util` and `assert` read these Node globals, which a web worker
      // lacks: when they load, when an assertion fails and when they warn.
      'process.env.NODE_DEBUG': 'false',
      'process.stderr': 'undefined',
      'process.emitWarning': 'undefined',
    },
    alias: { 'assert/strict': './test/web/assertStrict.cjs' },
  },
];

async function main() {
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (results.some((result) => result.status === 'rejected')) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
