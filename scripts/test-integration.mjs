// Runs the integration tests inside a real VS Code: code-server (VS Code server, web
// workbench and Node extension host) driven by headless Chromium. This works on machines
// that cannot download desktop VS Code; scripts/test-electron.mjs is the desktop variant.
//
// Expects `tsc -p .` and `node esbuild.js` to have run (the npm script does that first).
//
// Usage:
//   node scripts/test-integration.mjs [--suite <compiled index.js>]... [--settings <file.json>] [--verbose]
//
// Suites: by default out/test/integration/index.js. An extra suite is a folder of
// `*.test.ts` files with a small index.ts that calls runMochaSuite(__dirname) from
// test/integration/index.ts. Run it with `--suite out/test/<folder>/index.js` (repeatable;
// a `.ts` source path is mapped to its compiled file) or with INVITE_TEST_SUITE (several
// paths separated by ':'). Given suites replace the default one; each runs in a fresh
// code-server and browser context, with the extension loaded in development mode and
// test/fixtures/workspace/ open as the workspace folder.
//
// Environment:
//   INVITE_TEST_SUITE              suites to run instead of the default (':'-separated)
//   INVITE_TEST_TIMEOUT_SECONDS    per-suite limit from page load to mocha's exit (default 300)
//   INVITE_TEST_SETTINGS           extra VS Code user settings as JSON (merged over --settings)
//   INVITE_TEST_VERBOSE=1          also show code-server's and the workbench page's own output
//
// The last line printed is always `N passed, M failed`; the exit code is 0 only when every
// suite ran and nothing failed. Everything started here (servers, browser) is stopped on
// success, failure, timeout, uncaught errors and SIGINT/SIGTERM.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { ROOT, ensureHost } from './vscode-host/install.mjs';
import { createRun, launchBrowser, relay, serverExitReason, workbenchUrl } from './vscode-host/run.mjs';
import { startServer } from './vscode-host/server.mjs';

const DEFAULT_SUITE = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');

// Handles signals and uncaught errors from here on; see scripts/vscode-host/run.mjs.
const run = createRun({ label: 'Integration run' });
const { totals } = run;

const USAGE = 'usage: node scripts/test-integration.mjs [--suite <compiled index.js>]... [--settings <file.json>] [--verbose]';

function usage(message) {
  const error = new Error(`${message}\n${USAGE}`);
  error.exitCode = 2;
  throw error;
}

/** Maps a suite argument to the compiled entry VS Code will load. */
function resolveSuite(given) {
  let file = path.resolve(given);
  if (file.endsWith('.ts') && file.startsWith(ROOT + path.sep)) {
    file = path.join(ROOT, 'out', path.relative(ROOT, file)).replace(/\.ts$/, '.js');
  }
  if (!fs.existsSync(file)) throw new Error(`suite entry ${path.relative(ROOT, file)} does not exist; run \`tsc -p .\` first`);
  return file;
}

function parseArgs(argv) {
  const options = { suites: [], settings: {}, verbose: process.env.INVITE_TEST_VERBOSE === '1' };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--suite') options.suites.push(value());
    else if (flag === '--settings') Object.assign(options.settings, JSON.parse(fs.readFileSync(value(), 'utf8')));
    else if (flag === '--verbose') options.verbose = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    else usage(`unknown argument ${argv[i]}`);
  }
  if (process.env.INVITE_TEST_SUITE) options.suites.push(...process.env.INVITE_TEST_SUITE.split(':').filter(Boolean));
  if (options.suites.length === 0) options.suites.push(DEFAULT_SUITE);
  options.suites = options.suites.map(resolveSuite);
  if (process.env.INVITE_TEST_SETTINGS) Object.assign(options.settings, JSON.parse(process.env.INVITE_TEST_SETTINGS));
  const seconds = Number(process.env.INVITE_TEST_TIMEOUT_SECONDS ?? 300);
  if (!(seconds > 0)) throw new Error(`INVITE_TEST_TIMEOUT_SECONDS must be a positive number, not ${process.env.INVITE_TEST_TIMEOUT_SECONDS}`);
  options.timeoutMs = seconds * 1000;
  return options;
}

async function runSuite(browser, host, suite, options) {
  const label = path.relative(ROOT, suite);
  console.log(`\n== ${label} ==`);
  const server = await startServer({ node: host.node, entry: host.entry, userSettings: options.settings, verbose: options.verbose });
  run.onCleanup(server.stop);
  const context = await browser.newContext();
  run.onCleanup(() => context.close());
  const page = await context.newPage();

  let counts;
  let settle;
  const outcome = new Promise((resolve) => {
    settle = resolve;
  });
  let exited = false;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // After the exit code (or once stopping), only the workbench's shutdown noise follows.
    if ((exited || run.finishing) && !options.verbose) return;
    counts = relay(type, args, options.verbose) ?? counts;
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exited = true;
    settle({ code: Number(code) });
  });
  page.on('crash', () => settle({ reason: 'the workbench page crashed' }));
  if (options.verbose) page.on('console', (message) => console.error(`[page ${message.type()}] ${message.text()}`));
  server.exited.then((info) => settle({ reason: serverExitReason(server, info) }));
  const timer = setTimeout(
    () => settle({ reason: `no result from the extension host within ${options.timeoutMs / 1000} s (INVITE_TEST_TIMEOUT_SECONDS)` }),
    options.timeoutMs,
  );

  const url = workbenchUrl(server, { folder: FIXTURE_WORKSPACE, extensionTestsPath: suite });
  const started = Date.now();
  page.goto(url, { waitUntil: 'domcontentloaded' }).catch((error) => settle({ reason: `could not load the workbench: ${error.message}` }));
  const result = await outcome;
  clearTimeout(timer);
  // Interrupted: run.finish() is already stopping everything and reports the reason.
  if (run.finishing) return false;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  // Close this suite's page and server now rather than at the very end.
  await context.close().catch(() => {});
  await server.stop();

  if (result.reason) {
    totals.passed += counts?.passed ?? 0;
    totals.failed += Math.max(counts?.failed ?? 0, 1);
    console.log(`${label}: ${result.reason}`);
    return false;
  }
  if (!counts) {
    totals.failed += 1;
    console.log(`${label}: the extension host exited with code ${result.code} without reporting test counts (did run() throw before mocha ran? see the output above)`);
    return false;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  // A non-zero exit with no failed test still fails the run (for example a rejected run()).
  if (result.code !== 0 && counts.failed === 0) totals.failed += 1;
  console.log(`${label}: exit code ${result.code} after ${seconds} s`);
  return result.code === 0 && counts.failed === 0;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const built of [path.join(ROOT, 'dist', 'extension.js')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(ROOT, built)} is missing; run \`node esbuild.js\` first`);
  }
  if (!fs.existsSync(FIXTURE_WORKSPACE)) throw new Error(`fixture workspace ${path.relative(ROOT, FIXTURE_WORKSPACE)} is missing`);

  const host = await ensureHost();
  const browser = await launchBrowser(host.chromium);
  run.onCleanup(() => browser.close());

  let ok = true;
  for (const suite of options.suites) {
    if (run.finishing) return;
    ok = (await runSuite(browser, host, suite, options)) && ok;
  }
  await run.finish(ok ? 0 : 1);
}

run.start(main);
