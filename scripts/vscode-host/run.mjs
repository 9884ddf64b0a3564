// What every script that drives the extension in a VS Code through headless Chromium
// (scripts/test-integration.mjs and scripts/test-web.mjs, test/ui/journeys.mjs) does the same
// way: how a run ends, how the browser is started, how the extension host's console is relayed,
// which workbench URL loads the extension, and how the web-only workbench is served. Kept in one place
// so the guarantees the scripts document hold alike for each: the last line printed is
// `N passed, M failed`, and whatever was started is stopped on success, failure, timeout,
// uncaught errors and signals.
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import util from 'node:util';
import { chromium } from 'playwright-core';
import { ROOT } from './install.mjs';

// Must match RESULT_MARKER in test/integration/host.ts.
const RESULT_MARKER = 'INVITE_TEST_RESULT';

// The workbench's own start-up chatter arrives through the same channel as the extension
// host's console; these lines are hidden unless verbose. Anything else is shown.
const WORKBENCH_CHATTER = [
  // Both workbenches
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^Ignoring fetching additional builtin extensions/,
  /^\[Service Worker\]/,
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /^Creation of workbench contribution '[^']*' took \d+ms/,
  /^Updating additional builtin extensions cache/,
  /^Timed out waiting for authentication provider 'github'/,
  // Printed by the smoke-test driver each time an extension shows a message.
  /^DialogService: Dialog requested during smoke test/,
  // The web workbench of @vscode/test-web, before its file system for the mounted folder is up.
  /^Ignoring the error while validating workspace folder vscode-test-web:/,
  /ENOPRO: No file system provider found for resource 'vscode-test-web:/,
  /^Unable to read file 'vscode-test-web:\/\/mount\/\.vscode\//,
  /^Failed to get installed servers from vscode-test-web:/,
  /^Found additional builtin location extensions in env/,
  /^Loading development extension at/,
  /^vscode-test-web-support fs provider registers/,
  // The extension has no translations, so there is no package.nls.json to fetch.
  /^Request to '[^']*\/package\.nls\.json' failed with status code 404/,
];

/**
 * Prints one console entry from the extension host (what the page hands to
 * `codeAutomationLog`), unless it is known workbench chatter and `verbose` is off.
 * @returns the counts, if the entry is the test run's result line.
 */
export function relay(type, args, verbose) {
  const list = Array.isArray(args) ? args : [args];
  // Entries keep console.log's format arguments (mocha's reporter uses '%s' and '%d').
  // Colour codes are dropped: the host's mocha colours its output when CI is set.
  const text = util.stripVTControlCharacters(util.format(...list));
  const marker = text.indexOf(RESULT_MARKER);
  if (marker !== -1) {
    try {
      return JSON.parse(text.slice(marker + RESULT_MARKER.length).trim());
    } catch {
      // Not a result line after all: print it.
    }
  }
  if (!verbose && WORKBENCH_CHATTER.some((pattern) => pattern.test(text))) return undefined;
  const prefix = type === 'error' || type === 'warn' ? `[${type}] ` : '';
  process.stdout.write(`${prefix}${text}${text.endsWith('\n') ? '' : '\n'}`);
  return undefined;
}

// For containers and offline machines: no sandbox (Chromium refuses it as root), no GPU, no
// reliance on a large /dev/shm, and no background calls home.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// Exit codes as a shell reports them: 128 + the signal's number.
const SIGNAL_EXIT_CODES = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

// Longest wait for the cleanups before exiting anyway.
const CLEANUP_LIMIT_MS = 20_000;

/**
 * Sets up one run: its pass/fail totals, the cleanups to run at the end, and handlers that
 * end the run on SIGINT/SIGTERM/SIGHUP (exit 130/143/129), uncaught errors and unhandled
 * rejections. Call it once, before starting anything.
 * @param {object} options
 * @param {string} options.label names the run in the failure line: `<label> failed: <reason>`.
 * @returns {{
 *   totals: {passed: number, failed: number},
 *   readonly finishing: boolean,
 *   onCleanup: (fn: () => unknown) => void,
 *   finish: (exitCode: number, reason?: string) => Promise<void>,
 *   start: (main: () => Promise<void>) => void,
 * }}
 */
export function createRun({ label }) {
  // The caller adds to these as tests pass and fail; finish() prints them.
  const totals = { passed: 0, failed: 0 };
  const cleanups = [];
  let finishing = false;

  /** Stops everything started, prints the final counts (the last line) and exits. */
  async function finish(exitCode, reason) {
    if (finishing) return;
    finishing = true;
    // If a cleanup hangs, exit anyway: the servers' exit hooks still kill their process groups.
    setTimeout(() => {
      console.error('cleanup took too long; forcing exit');
      console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
      process.exit(exitCode || 1);
    }, CLEANUP_LIMIT_MS).unref();
    // Last started, first stopped (the page before its browser, the browser before the server).
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup failed: ${error.message}`);
      }
    }
    if (reason) console.log(`${label} failed: ${reason}`);
    // A failed run never ends with `0 failed`, even when no single test failed.
    const failed = exitCode !== 0 && totals.failed === 0 ? 1 : totals.failed;
    console.log(`${totals.passed} passed, ${failed} failed`);
    process.exit(exitCode);
  }

  for (const [signal, code] of SIGNAL_EXIT_CODES) {
    process.on(signal, () => finish(code, `interrupted by ${signal}`));
  }
  process.on('uncaughtException', (error) => finish(1, `uncaught error: ${error.stack ?? error}`));
  process.on('unhandledRejection', (error) => finish(1, `unhandled rejection: ${error?.stack ?? error}`));

  return {
    totals,
    /** True once finish() has begun: long-running work checks it and stops early. */
    get finishing() {
      return finishing;
    },
    /** Registers something to stop at the end; cleanups run in reverse order of registration. */
    onCleanup(fn) {
      cleanups.push(fn);
    },
    finish,
    /** Runs main; an error it throws ends the run with its `exitCode` (default 1) and message. */
    start(main) {
      main().catch((error) => finish(error.exitCode ?? 1, error.message));
    },
  };
}

/**
 * Launches headless Chromium. Playwright's own signal handlers are off: createRun() handles
 * the signals, so the servers are stopped too, not only the browser.
 * @param {string} executablePath the Chromium binary (ensureHost().chromium).
 */
export function launchBrowser(executablePath) {
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** A vscode-remote URI on this server, which is how the web workbench names server-side paths. */
export const remoteUri = (server, file) => `vscode-remote://127.0.0.1:${server.port}${file.split(path.sep).map(encodeURIComponent).join('/')}`;

/**
 * The workbench URL that opens `folder` with this extension loaded in development mode, as F5
 * would, and, given `extensionTestsPath`, runs those tests in the extension host. The workbench
 * reads the `payload` parameter because startServer() enables the smoke-test driver.
 * @param {{port: number, url: string}} server from startServer().
 * @param {object} options
 * @param {string} options.folder the workspace folder to open.
 * @param {string} [options.extensionTestsPath] a compiled test suite entry.
 */
export function workbenchUrl(server, { folder, extensionTestsPath }) {
  const payload = [['extensionDevelopmentPath', remoteUri(server, ROOT)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(server, extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Why a run stops when code-server dies under it, with the end of its output. */
export const serverExitReason = (server, info) =>
  `code-server exited unexpectedly (${info.signal ?? `exit ${info.code}`})\n${server.output().split('\n').slice(-20).join('\n')}`;

/** A TCP port on the loopback interface that nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Serves a VS Code web build, with no server-side extension host (as vscode.dev), through
 * @vscode/test-web, offline. It only serves: the caller opens the page in its own browser.
 * @param {{testWeb: string, commit: string, dataDir: string}} webHost from ensureWebHost().
 * @param {object} options
 * @param {string} [options.folderPath] a folder to open, mounted over HTTP.
 * @param {string} [options.extensionDevelopmentPath] an extension to load in development mode.
 * @param {string} [options.extensionTestsPath] a compiled test entry inside that extension.
 * @param {boolean} [options.verbose] print the server's request log.
 * @returns {Promise<{url: string, dispose: () => void}>}
 */
export async function startWebServer(webHost, { folderPath, extensionDevelopmentPath, extensionTestsPath, verbose = false }) {
  const { open } = await import(pathToFileURL(webHost.testWeb).href);
  const port = await freePort();
  const server = await open({
    browserType: 'none',
    quality: 'stable',
    commit: webHost.commit,
    testRunnerDataDir: webHost.dataDir,
    extensionDevelopmentPath,
    extensionTestsPath,
    folderPath,
    // localhost, not 127.0.0.1: the web workbench serves each webview from a subdomain of its
    // own host ({uuid}.localhost), which the browser resolves to loopback; an IP address has none.
    host: 'localhost',
    port,
    printServerLog: verbose,
  });
  return { url: `http://localhost:${port}`, dispose: () => server.dispose() };
}
