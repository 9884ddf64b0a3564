import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { globSync } from 'tinyglobby';
import { analyze, fixAll, LineIndex, MAX_DOCUMENT_LENGTH, render, toJson, tooLargeMessage, type JsonFinding } from './core';

/** Node-only front end over src/core: reads files, prints, sets the exit code (the product design). */

const USAGE = `Usage:
  invite-writer lint [--format text|json] [--limit N] [--fix] <file|folder|glob>...
  invite-writer render [--recipient NAME] [--limit N] <file>

--fix applies the safe fixes in place (those that need no judgement) and reports what is left.

Exit codes: 0 no errors, 1 errors found (or, for render, the template cannot be rendered),
2 a usage or file problem.`;

/** Larger files are not invitation notes; reading them would only stall the run. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

interface Parsed {
  command: string;
  format: 'text' | 'json';
  limit: number | undefined;
  recipient: string | undefined;
  fix: boolean;
  inputs: string[];
}

function parseArgs(args: string[]): Parsed {
  const [command, ...rest] = args;
  const parsed: Parsed = { command: command ?? '', format: 'text', limit: undefined, recipient: undefined, fix: false, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
      parsed.format = format;
    } else if (flag === '--limit') {
      const raw = value();
      const limit = Number(raw);
      if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`--limit must be a positive whole number, not "${raw}".`);
      parsed.limit = limit;
    } else if (flag === '--recipient') {
      parsed.recipient = value();
    } else if (flag === '--fix' && inline === undefined) {
      parsed.fix = true;
    } else if (flag === '--') {
      parsed.inputs.push(...rest.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`Unknown option ${flag}.`);
    } else {
      parsed.inputs.push(arg);
    }
  }
  return parsed;
}

/** A file read as an invite: its text without a byte-order mark, and whether it had one. */
type Read = { ok: true; text: string; bom: boolean } | { ok: false; problem: string };

/** Reads a file as an invite, refusing folders, huge files and binary content with a clear reason. */
function readInviteFile(path: string): Read {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, problem: `${path}: is a folder, not a file.` };
    size = stat.size;
  } catch (error) {
    return { ok: false, problem: `${path}: ${describeIoError(error)}` };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, problem: `${path}: ${(size / 1024 / 1024).toFixed(1)} MB is too large for an invitation note (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB); skipped.` };
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    return { ok: false, problem: `${path}: ${describeIoError(error)}` };
  }
  if (buffer.includes(0)) return { ok: false, problem: `${path}: looks like a binary file, not text; skipped.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return { ok: false, problem: `${path}: not valid UTF-8 (the first bad byte is at offset ${firstInvalidUtf8Byte(buffer)}); save it as UTF-8. Skipped.` };
  }
  // Editors hide a byte-order mark; dropping it keeps columns the same as VS Code's.
  return { ok: true, text: text.replace(/^\uFEFF/, ''), bom: text.startsWith('\uFEFF') };
}

/**
 * The offset of the first byte of the first sequence that is not UTF-8. A streaming decoder
 * accepts every prefix up to the first bad byte (a sequence still open at a prefix's end is not
 * an error yet), so the longest such prefix is found by bisection; when a sequence is open
 * there, its lead byte is the one to name.
 */
function firstInvalidUtf8Byte(buffer: Buffer): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodes(mid)) low = mid;
    else high = mid - 1;
  }
  let lead = low;
  while (lead > 0 && low - lead < 4 && (buffer[lead - 1] & 0xc0) === 0x80) lead--;
  return lead > 0 && buffer[lead - 1] >= 0xc0 && low - lead < 4 ? lead - 1 : low;
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  if (code === 'EISDIR') return 'is a folder, not a file.';
  return `cannot be read (${(error as Error)?.message ?? String(error)}).`;
}

/** Expands each input: a file stays as given, a folder gives its `.invite` files, a glob its matches. */
function expandInputs(inputs: string[], io: CliIO): { files: string[]; failed: boolean } {
  const files: string[] = [];
  let failed = false;
  for (const input of inputs) {
    let isDirectory = false;
    let exists: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
      exists = true;
    } catch {
      exists = false;
    }
    if (exists && isDirectory) {
      const found = globSync('**/*.invite', { cwd: input, dot: false, ignore: ['**/node_modules/**'] }).sort();
      // A CI job pointed at the wrong folder must not pass green.
      if (found.length === 0) {
        io.stderr(`${input}: no .invite files in this folder.`);
        failed = true;
      }
      files.push(...found.map((f) => joinPath(input, f)));
    } else if (exists) {
      files.push(input);
    } else if (/[*?[\]{}]/.test(input)) {
      const found = globSync(input, { ignore: ['**/node_modules/**'], absolute: isAbsolute(input) }).sort();
      if (found.length === 0) {
        io.stderr(`${input}: no files match.`);
        failed = true;
      }
      files.push(...found);
    } else {
      io.stderr(`${input}: no such file.`);
      failed = true;
    }
  }
  return { files, failed };
}

function joinPath(folder: string, file: string): string {
  return folder.endsWith('/') ? `${folder}${file}` : `${folder}/${file}`;
}

function runLint(parsed: Parsed, io: CliIO): number {
  if (parsed.inputs.length === 0) throw new UsageError('lint needs at least one file, folder or glob.');
  const { files, failed } = expandInputs(parsed.inputs, io);
  let ioProblem = failed;
  const results: { file: string; findings: JsonFinding[] }[] = [];
  for (const file of files) {
    const read = readInviteFile(file);
    if (!read.ok) {
      io.stderr(read.problem);
      ioProblem = true;
      continue;
    }
    let text = read.text;
    if (parsed.fix) {
      const fixed = fixAll(text, { limit: parsed.limit });
      if (fixed !== text) writeFileSync(file, `${read.bom ? '\uFEFF' : ''}${fixed}`, 'utf8');
      text = fixed;
    }
    const analysis = analyze(text, { limit: parsed.limit });
    if (analysis.refused !== undefined) {
      io.stderr(`${file}: ${analysis.refused} Skipped.`);
      ioProblem = true;
      continue;
    }
    const lines = new LineIndex(text);
    results.push({ file, findings: analysis.findings.map((finding) => toJson(finding, lines)) });
  }

  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  if (parsed.format === 'json') {
    io.stdout(JSON.stringify(results, null, 2));
  } else {
    for (const { file, findings } of results) {
      for (const f of findings) io.stdout(`${file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}`);
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    io.stdout(`${results.length} file${results.length === 1 ? '' : 's'} linted: ${errors} error${errors === 1 ? '' : 's'}, ${total - errors} other finding${total - errors === 1 ? '' : 's'}.`);
  }
  if (ioProblem) return 2;
  return errors > 0 ? 1 : 0;
}

function runRender(parsed: Parsed, io: CliIO): number {
  if (parsed.inputs.length !== 1) throw new UsageError('render needs exactly one file.');
  const [file] = parsed.inputs;
  const read = readInviteFile(file);
  if (!read.ok) {
    io.stderr(read.problem);
    return 2;
  }
  if (read.text.length > MAX_DOCUMENT_LENGTH) {
    io.stderr(`${file}: ${tooLargeMessage(read.text.length)}`);
    return 2;
  }
  const result = render(read.text, { recipient: parsed.recipient, limit: parsed.limit });
  for (const problem of result.problems) io.stderr(`${file}:${problem.line}:${problem.column}: ${problem.message}`);
  if (!result.ok) return parsed.recipient !== undefined && result.problems.every((p) => p.message.startsWith('No recipient')) ? 2 : 1;
  if (parsed.recipient === undefined && result.recipients.length > 1) {
    io.stderr(`${file}: ${result.recipients.length} recipients; rendered the first, ${result.recipient}. Choose one with --recipient NAME.`);
  }
  if (result.length > result.limit) io.stderr(`${file}: ${result.length}/${result.limit} characters: over the limit.`);
  io.stdout(result.text);
  return 0;
}

/** Runs the command line and returns its exit code. */
export function main(args: string[], io: CliIO): number {
  try {
    const parsed = parseArgs(args);
    if (parsed.command === '--help' || parsed.command === '-h' || parsed.command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (parsed.command === 'lint') return runLint(parsed, io);
    if (parsed.command === 'render') return runRender(parsed, io);
    throw new UsageError(parsed.command ? `Unknown command "${parsed.command}".` : 'Missing command.');
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`invite-writer: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`invite-writer: unexpected problem: ${(error as Error)?.stack ?? String(error)}`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
