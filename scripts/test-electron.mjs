// Runs the integration tests in desktop VS Code through @vscode/test-electron, the standard
// runner, for machines that can download VS Code (it fetches it from Microsoft's update
// servers into `.vscode-test/`). Without that access it stops with a clear message; use
// `npm run test:integration` (scripts/test-integration.mjs, code-server from npm) instead.
//
// Expects `tsc -p .` and `node esbuild.js` to have run (the npm script does that first).
// On Linux without a display, run it under `xvfb-run -a`.
//
// Usage:
//   node scripts/test-electron.mjs [--suite <compiled index.js>]...
// Environment:
//   INVITE_TEST_SUITE              suites to run instead of the default (':'-separated)
//   INVITE_VSCODE_VERSION          VS Code version to download (default "stable")
//   INVITE_TEST_TIMEOUT_SECONDS    limit for each suite's run (default 300)
//
// The last line printed is `N passed, M failed`.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import testElectron from '@vscode/test-electron';

const { downloadAndUnzipVSCode, runTests } = testElectron;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SUITE = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
// Must match RESULT_MARKER in test/integration/host.ts.
const RESULT_MARKER = 'INVITE_TEST_RESULT';
const DOWNLOAD_LIMIT_MS = 10 * 60_000;

const totals = { passed: 0, failed: 0 };

function finish(exitCode, reason) {
  if (reason) console.log(reason);
  const failed = exitCode !== 0 && totals.failed === 0 ? 1 : totals.failed;
  console.log(`${totals.passed} passed, ${failed} failed`);
  process.exit(exitCode);
}

function parseSuites(argv) {
  const suites = [];
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (flag === '--suite' && (inline ?? argv[i + 1])) suites.push(inline ?? argv[++i]);
    else finish(2, `unknown or incomplete argument ${argv[i]}\nusage: node scripts/test-electron.mjs [--suite <compiled index.js>]...`);
  }
  if (process.env.INVITE_TEST_SUITE) suites.push(...process.env.INVITE_TEST_SUITE.split(':').filter(Boolean));
  if (suites.length === 0) suites.push(DEFAULT_SUITE);
  return suites.map((given) => {
    let file = path.resolve(given);
    if (file.endsWith('.ts') && file.startsWith(ROOT + path.sep)) file = path.join(ROOT, 'out', path.relative(ROOT, file)).replace(/\.ts$/, '.js');
    if (!fs.existsSync(file)) finish(2, `suite entry ${path.relative(ROOT, file)} does not exist; run \`tsc -p .\` first`);
    return file;
  });
}

/** Rejects after `ms`, so neither a stalled download nor a stuck VS Code can hang CI. */
function limit(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// VS Code's output comes through process.stdout; pick the result line out of it.
let counts;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const text = chunk.toString();
  const match = new RegExp(`${RESULT_MARKER} (\\{.*\\})`).exec(text);
  if (match) {
    try {
      counts = JSON.parse(match[1]);
      return write(text.replace(match[0], '').replace(/^\s*\n/, ''), ...rest);
    } catch {
      // Not a result line after all.
    }
  }
  return write(chunk, ...rest);
};

async function main() {
  const suites = parseSuites(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) finish(2, 'dist/extension.js is missing; run `node esbuild.js` first');
  const seconds = Number(process.env.INVITE_TEST_TIMEOUT_SECONDS ?? 300);
  const version = process.env.INVITE_VSCODE_VERSION ?? 'stable';

  let vscodeExecutablePath;
  try {
    // The idle timeout makes an unreachable server fail fast; the overall limit catches a crawl.
    vscodeExecutablePath = await limit(downloadAndUnzipVSCode({ version, timeout: 20_000 }), DOWNLOAD_LIMIT_MS, 'downloading VS Code');
  } catch (error) {
    finish(1, [
      `Could not download VS Code ${version}: ${error.message}`,
      'This runner needs access to update.code.visualstudio.com. On a machine without it,',
      'run `npm run test:integration`, which runs the same tests in code-server from npm.',
    ].join('\n'));
  }

  let ok = true;
  for (const suite of suites) {
    counts = undefined;
    let code;
    try {
      code = await limit(runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: suite,
        launchArgs: [FIXTURE_WORKSPACE, '--disable-extensions'],
      }), seconds * 1000, `the test run of ${path.relative(ROOT, suite)}`);
    } catch (error) {
      code = error.code ?? 1;
      if (!counts) console.log(`${path.relative(ROOT, suite)}: ${error.message}`);
      if (/took longer/.test(error.message)) {
        // Same as pressing Ctrl+C twice: test-electron then kills the VS Code process tree.
        process.emit('SIGINT');
        process.emit('SIGINT');
      }
    }
    totals.passed += counts?.passed ?? 0;
    totals.failed += counts?.failed ?? 0;
    if (code !== 0 && !(counts?.failed > 0)) totals.failed += 1;
    ok = ok && code === 0;
  }
  finish(ok ? 0 : 1);
}

main().catch((error) => finish(1, `test-electron run failed: ${error.stack ?? error}`));
