// `npm start`: try the extension by hand on the examples/ folder.
// - With desktop VS Code (`code` on PATH): opens an Extension Development Host window.
// - Otherwise: runs code-server (installed on first use into `.vscode-test/`, see
//   scripts/vscode-host/install.mjs) with the extension loaded in development mode, prints
//   the address to open in a browser, and stays up until Ctrl+C. The extension is linked into
//   the server's extensions folder (no test driver, so notifications show), a fresh copy of
//   examples/ is opened, and auto-save is off.
//
// Expects `node esbuild.js` to have run (the npm script does that first).
// Environment:
//   INVITE_START_SERVER=1   use code-server even when `code` is on PATH
//   INVITE_START_PORT=N     fixed port for code-server (default: a free one)
//   INVITE_START_SMOKE=1    non-interactive check: start code-server, make sure the address
//                           answers HTTP 200, print it, stop and exit 0 (1 on failure)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setInterval } from 'node:timers';
import { ROOT, ensureHost } from './vscode-host/install.mjs';
import { serverExitReason } from './vscode-host/run.mjs';
import { httpStatus, startServer } from './vscode-host/server.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
const smoke = process.env.INVITE_START_SMOKE === '1';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

/** The full path of `name` if it is an executable on PATH. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

function runDesktop(code) {
  console.log(`Opening ${path.relative(ROOT, EXAMPLES)}/ in VS Code with Invite Writer loaded from ${ROOT}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, EXAMPLES], { stdio: 'inherit' });
  child.on('error', (error) => fail(`could not run ${code}: ${error.message}`));
  child.on('exit', (exitCode, signal) => process.exit(exitCode ?? (signal ? 1 : 0)));
}

/** A fresh copy of the examples, so trying the quick fixes never rewrites the ones in the repository. */
function copyOfExamples() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'invite-writer-examples-'));
  fs.cpSync(EXAMPLES, folder, { recursive: true });
  return folder;
}

/**
 * Links the built extension into the server's extensions folder: it loads as an installed
 * extension, so the workbench runs without the test driver and its notifications show.
 */
function linkExtension(extensionsDir) {
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.symlinkSync(ROOT, path.join(extensionsDir, `${publisher}.${name}-${version}`), 'dir');
}

async function runServer() {
  const host = await ensureHost();
  const port = process.env.INVITE_START_PORT ? Number(process.env.INVITE_START_PORT) : undefined;
  const examples = copyOfExamples();
  const server = await startServer({
    node: host.node,
    entry: host.entry,
    port,
    testDriver: false,
    prepareExtensions: linkExtension,
    // Quick fixes are tried here: nothing is saved until the person saves it, and no empty side bar opens.
    userSettings: { 'files.autoSave': 'off', 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
  });
  let stopping = false;
  const stopAndExit = async (exitCode) => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    fs.rmSync(examples, { recursive: true, force: true });
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.log('\nStopping VS Code…');
      stopAndExit(0);
    });
  }
  process.on('uncaughtException', (error) => {
    console.error(error);
    stopAndExit(1);
  });

  const url = `${server.url}/?folder=${encodeURIComponent(examples)}`;

  if (smoke) {
    const status = await httpStatus(url, 10_000);
    if (status !== 200) {
      console.error(`npm start: ${url} answered HTTP ${status || 'nothing'}, expected 200`);
      return stopAndExit(1);
    }
    console.log(`Invite Writer is running in VS Code at ${url}`);
    console.log('Smoke check passed (HTTP 200); stopping.');
    return stopAndExit(0);
  }

  console.log(`\nInvite Writer is running in VS Code at ${url}\n`);
  console.log('Open that address in a browser on this machine. Press Ctrl+C to stop.');
  server.exited.then((info) => {
    if (stopping) return;
    console.error(serverExitReason(server, info));
    stopAndExit(1);
  });
  // The server's handles do not keep this process alive; this does, until a signal.
  setInterval(() => {}, 1 << 30);
}

if (!fs.existsSync(EXAMPLES) || !fs.statSync(EXAMPLES).isDirectory()) {
  fail(`the folder ${path.relative(ROOT, EXAMPLES)}/ is missing; it holds the sample .invite files to open`);
}
if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) fail('dist/extension.js is missing; run `node esbuild.js` first');

const code = smoke || process.env.INVITE_START_SERVER === '1' ? undefined : onPath('code');
if (code) runDesktop(code);
else runServer().catch((error) => fail(error.message));
