// Mocha entry run inside a real VS Code extension host (the `extensionTestsPath`).
// It works under both runners: scripts/test-integration.mjs (code-server + headless
// Chromium) and scripts/test-electron.mjs (desktop VS Code through @vscode/test-electron).
//
// Another suite reuses it from its own folder with a two-line index.ts:
//   import { runMochaSuite } from '../integration/index';
//   export function run(): Promise<void> { return runMochaSuite(__dirname); }
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { describeHost, resultLine } from './host';

/**
 * Compiled test files (`*.test.js`) under `dir`, sorted. Sub-folders are searched too,
 * except one with its own `index.js`: that is a separate suite with its own entry.
 */
export function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string, isTop: boolean): void => {
    if (!isTop && fs.existsSync(path.join(current, 'index.js'))) return;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full, false);
      else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
    }
  };
  walk(dir, true);
  return found.sort();
}

/** Runs every `*.test.js` under `dir` with mocha (bdd) and rejects when any test fails. */
export async function runMochaSuite(dir: string, options: Mocha.MochaOptions = {}): Promise<void> {
  console.log(`Host: ${describeHost()}`);
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 20_000, ...options });
  const files = findTestFiles(dir);
  if (files.length === 0) throw new Error(`no *.test.js files found in ${dir}`);
  for (const file of files) mocha.addFile(file);

  const counts = await new Promise<{ passed: number; failed: number; pending: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        resolve({ passed: stats.passes, failed: stats.failures, pending: stats.pending });
      });
    } catch (error) {
      // A test file that throws while loading lands here.
      reject(error);
    }
  });
  console.log(resultLine(counts));
  if (counts.failed > 0) throw new Error(`${counts.failed} of ${counts.passed + counts.failed} integration tests failed`);
}

export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
