// Starts code-server (a real VS Code server with its web workbench) on a free local port,
// in fresh temporary folders, and stops it again without leaving processes behind.
//
// code-server runs detached, in a process group of its own, under a small watchdog (this
// same file, started with `--watchdog`) that leads the group. Stopping kills the whole
// group, because a plain kill of code-server leaves children such as its file watcher
// running. The watchdog also kills the group if the process that started it dies without
// cleaning up (for example SIGKILL), so a crashed test run cannot leave a server running.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const THIS_FILE = fileURLToPath(import.meta.url);

// Settings that keep the workbench quiet and offline during tests.
const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
};

/** Asks the OS for a free port; the small race until code-server binds it is retried below. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves to the HTTP status of a GET, or 0 when nothing answers. */
export function httpStatus(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/** True while any process of the group is alive. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** Creates the fresh folders and files one server run uses. */
function prepareTempDirs(userSettings) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'invite-writer-vscode-'));
  const dirs = {
    base,
    userData: path.join(base, 'user-data'),
    extensions: path.join(base, 'extensions'),
    xdgData: path.join(base, 'xdg-data'),
    xdgConfig: path.join(base, 'xdg-config'),
    xdgCache: path.join(base, 'xdg-cache'),
    config: path.join(base, 'config.yaml'),
  };
  for (const dir of [dirs.extensions, dirs.xdgData, dirs.xdgConfig, dirs.xdgCache]) fs.mkdirSync(dir, { recursive: true });
  const userDir = path.join(dirs.userData, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify({ ...QUIET_SETTINGS, ...userSettings }, null, 2)}\n`);
  return dirs;
}

/** One attempt on one port. Rejects with `retry: true` when the port was taken meanwhile. */
async function startOnce({ node, entry, port, dirs, verbose, startTimeoutMs, testDriver }) {
  // The config file is written out in full so code-server does not generate one with a password.
  fs.writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', dirs.config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    // Makes the built workbench honour the `payload` URL parameter (extension development and
    // tests). It also keeps notifications from popping up, so a person trying the extension
    // (npm start) runs without it.
    ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const env = {
    ...process.env,
    // No marketplace, so no network calls.
    EXTENSIONS_GALLERY: '{}',
    // code-server writes here even when given --user-data-dir.
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_CACHE_HOME: dirs.xdgCache,
  };
  const child = spawn(process.execPath, [THIS_FILE, '--watchdog', String(process.pid), dirs.base, '--', node, ...args], {
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid;
  // Keep the recent output to explain a failure; show it live only when asked.
  const recent = [];
  const collect = (chunk) => {
    if (verbose) process.stderr.write(chunk);
    recent.push(...chunk.toString().split('\n').filter(Boolean));
    if (recent.length > 200) recent.splice(0, recent.length - 200);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exitInfo;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolve(exitInfo);
    });
  });
  // Never let the pipes or the child keep the parent's event loop alive.
  child.unref();
  child.stdout.unref?.();
  child.stderr.unref?.();

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exitInfo) break;
    if ((await httpStatus(`${url}/healthz`, 1000)) === 200) return { child, pgid, url, recent, exited };
    await sleep(150);
  }
  killGroup(pgid, 'SIGKILL');
  const output = recent.slice(-30).join('\n');
  const error = new Error(exitInfo
    ? `code-server exited during start-up (${exitInfo.signal ?? `exit ${exitInfo.code}`}):\n${output}`
    : `code-server did not answer ${url}/healthz within ${startTimeoutMs / 1000} s:\n${output}`);
  error.retry = /EADDRINUSE/.test(output);
  throw error;
}

/**
 * Starts code-server and resolves once `/healthz` answers.
 * @param {object} options
 * @param {string} options.node Node 24 binary (from ensureHost()).
 * @param {string} options.entry code-server's out/node/entry.js (from ensureHost()).
 * @param {object} [options.userSettings] extra VS Code user settings, merged over the quiet defaults.
 * @param {number} [options.port] fixed port; a free one is picked by default.
 * @param {boolean} [options.verbose] echo code-server's own output to stderr.
 * @param {number} [options.startTimeoutMs] how long to wait for `/healthz`.
 * @param {boolean} [options.testDriver] run the workbench with the smoke-test driver (tests); off for a person.
 * @param {(extensionsDir: string) => void} [options.prepareExtensions] puts extensions into the server's folder before it starts.
 * @returns {Promise<{port: number, url: string, pid: number, tempDir: string, output: () => string,
 *   exited: Promise<{code: number|null, signal: string|null}>, stop: () => Promise<void>, stopSync: () => void}>}
 */
export async function startServer({ node, entry, userSettings = {}, port, verbose = false, startTimeoutMs = 60_000, testDriver = true, prepareExtensions }) {
  const dirs = prepareTempDirs(userSettings);
  prepareExtensions?.(dirs.extensions);
  let started;
  try {
    for (let attempt = 1; !started; attempt += 1) {
      const tryPort = port ?? (await freePort());
      try {
        started = await startOnce({ node, entry, port: tryPort, dirs, verbose, startTimeoutMs, testDriver });
        started.port = tryPort;
      } catch (error) {
        if (!error.retry || port || attempt >= 3) throw error;
      }
    }
  } catch (error) {
    fs.rmSync(dirs.base, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }

  const { pgid } = started;
  let stopping;
  const stopSync = () => {
    killGroup(pgid, 'SIGKILL');
    fs.rmSync(dirs.base, { recursive: true, force: true, maxRetries: 3 });
  };
  // Last resort if the caller exits without calling stop().
  process.once('exit', stopSync);

  const stop = () => {
    stopping ??= (async () => {
      killGroup(pgid, 'SIGTERM');
      for (let waited = 0; waited < 3000 && groupAlive(pgid); waited += 100) await sleep(100);
      if (groupAlive(pgid)) {
        killGroup(pgid, 'SIGKILL');
        for (let waited = 0; waited < 2000 && groupAlive(pgid); waited += 100) await sleep(100);
      }
      fs.rmSync(dirs.base, { recursive: true, force: true, maxRetries: 3 });
      process.removeListener('exit', stopSync);
    })();
    return stopping;
  };

  return {
    port: started.port,
    url: started.url,
    pid: pgid,
    tempDir: dirs.base,
    output: () => started.recent.join('\n'),
    exited: started.exited,
    stop,
    stopSync,
  };
}

/**
 * The watchdog: leads the process group, runs code-server in it, and takes the whole group
 * down (and removes the temporary folders) if the process that started it disappears.
 */
function watchdog([parentPid, tempDir, separator, command, ...args]) {
  if (separator !== '--' || !command) {
    console.error('usage: server.mjs --watchdog <parent-pid> <temp-dir> -- <command> [args...]');
    process.exit(2);
  }
  const isOrphan = () => process.ppid !== Number(parentPid);
  let cleaning = false;
  // The starter died without stopping us: stop the group, remove the temp folders, then go.
  const cleanUpOrphan = async () => {
    if (cleaning) return;
    cleaning = true;
    process.on('SIGTERM', () => {});
    killGroup(process.pid, 'SIGTERM');
    await sleep(2000);
    fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
    killGroup(process.pid, 'SIGKILL');
  };
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    // code-server may die first (its output pipe broke with the starter), so check here too.
    if (isOrphan()) cleanUpOrphan();
    else process.exit(code ?? (signal ? 1 : 0));
  });
  child.on('error', (error) => {
    console.error(`could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  setInterval(() => {
    if (isOrphan()) cleanUpOrphan();
  }, 500);
}

if (process.argv[2] === '--watchdog' && path.resolve(process.argv[1] ?? '') === THIS_FILE) {
  watchdog(process.argv.slice(3));
}
