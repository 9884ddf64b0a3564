// Mocha entry for the web worker extension host (vscode.dev, github.dev), run by
// scripts/test-web.mjs. The worker has no file system and no Node modules, so esbuild.js
// bundles the integration suites into this file and names them in WEB_SUITES, and mocha
// comes as its prebuilt browser bundle, which sets the global `mocha`. That bundle is loaded
// with require(): imported, esbuild would inline it as a script and its UMD header would replace
// this module's exports with mocha's.
import { describeHost, resultLine } from '../integration/host';

/** The integration suites' base names (`diagnostics` for diagnostics.test.ts), set by esbuild.js. */
declare const WEB_SUITES: string[];

export function run(): Promise<void> {
  console.log(`Host: ${describeHost()}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see the note at the top
  require('mocha/mocha.js');
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild bundles every file this pattern matches
  for (const name of WEB_SUITES) require(`../integration/${name}.test.ts`);
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      console.log(resultLine({ passed: passes, failed: failures, pending }));
      if (failures > 0) reject(new Error(`${failures} of ${passes + failures} web tests failed`));
      else resolve();
    });
  });
}
