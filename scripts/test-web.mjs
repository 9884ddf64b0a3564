// Runs the integration suites in the web worker extension host, the one vscode.dev and
// github.dev run extensions in. @vscode/test-web serves a VS Code web build with this
// extension's `browser` entry loaded in development mode and test/fixtures/workspace/
// mounted as the open folder; headless Chromium opens it. test-web cannot be told where
// Chromium is, so it only serves (`browserType: 'none'`) and the page is opened here, with
// the system's Chromium, as scripts/test-integration.mjs does for code-server.
//
// Expects `node esbuild.js` to have run (dist/web/extension.js and out/test/web/index.js);
// the npm script `test:web` does that first.
//
// Usage: node scripts/test-web.mjs [--verbose]
// Environment:
//   INVITE_TEST_TIMEOUT_SECONDS    limit from page load to mocha's exit (default 300)
//   INVITE_TEST_VERBOSE=1          also show the web server's and the workbench's own output
//
// The last line printed is always `N passed, M failed`; the exit code is 0 only when the
// suite ran and nothing failed.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { ROOT, ensureWebHost } from './vscode-host/install.mjs';
import { createRun, launchBrowser, relay, startWebServer } from './vscode-host/run.mjs';

const SUITE = path.join(ROOT, 'out', 'test', 'web', 'index.js');
const WEB_EXTENSION = path.join(ROOT, 'dist', 'web', 'extension.js');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');

const run = createRun({ label: 'Web run' });
const { totals } = run;

async function main() {
  const verbose = process.argv.includes('--verbose') || process.env.INVITE_TEST_VERBOSE === '1';
  const seconds = Number(process.env.INVITE_TEST_TIMEOUT_SECONDS ?? 300);
  if (!(seconds > 0)) throw new Error(`INVITE_TEST_TIMEOUT_SECONDS must be a positive number, not ${process.env.INVITE_TEST_TIMEOUT_SECONDS}`);
  for (const built of [WEB_EXTENSION, SUITE]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(ROOT, built)} is missing; run \`node esbuild.js\` first`);
  }

  const host = await ensureWebHost();
  const server = await startWebServer(host, { folderPath: FIXTURE_WORKSPACE, extensionDevelopmentPath: ROOT, extensionTestsPath: SUITE, verbose });
  run.onCleanup(() => server.dispose());
  const browser = await launchBrowser(host.chromium);
  run.onCleanup(() => browser.close());
  const context = await browser.newContext();
  const page = await context.newPage();

  let counts;
  let exited = false;
  let settle;
  const outcome = new Promise((resolve) => {
    settle = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // After the exit code, only the workbench's shutdown noise follows.
    if ((exited || run.finishing) && !verbose) return;
    counts = relay(type, args, verbose) ?? counts;
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exited = true;
    settle({ code: Number(code) });
  });
  page.on('crash', () => settle({ reason: 'the workbench page crashed' }));
  if (verbose) page.on('console', (message) => console.error(`[page ${message.type()}] ${message.text()}`));
  const timer = setTimeout(() => settle({ reason: `no result from the web extension host within ${seconds} s (INVITE_TEST_TIMEOUT_SECONDS)` }), seconds * 1000);

  console.log(`== ${path.relative(ROOT, SUITE)} in the web worker extension host (VS Code OSS ${host.codeOssVersion} web build) ==`);
  const started = Date.now();
  page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' }).catch((error) => settle({ reason: `could not load the workbench: ${error.message}` }));
  const result = await outcome;
  clearTimeout(timer);
  if (run.finishing) return;

  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  if (result.reason) return run.finish(1, result.reason);
  if (!counts) return run.finish(1, `the extension host exited with code ${result.code} without reporting test counts (did run() throw before mocha ran? see the output above)`);
  console.log(`exit code ${result.code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // A non-zero exit with no failed test still fails the run (for example a rejected run()).
  await run.finish(result.code === 0 && counts.failed === 0 ? 0 : 1);
}

run.start(main);
