// UI journeys: drives a real VS Code workbench (code-server, headless Chromium) the way a user
// does, with keys, the mouse and the command palette, and checks what a user would see.
//
//   1. Snippets:    type `event` in a new .invite file, accept the snippet, fill its tab stops.
//   2. Squiggles:   type LinkedIn's stock sentence, see the warning squiggle, the Problems
//                   panel entry and the hover, then fix it with a quick fix (Ctrl+.).
//   3. Copy Invite: run "Invite: Copy Invite" from the palette on a finished invite, read the
//                   real clipboard and the notification with the character count.
//   4. Copy question: Copy Invite on a note with an unfilled slot asks first, in a dialog;
//                   answer "Copy Anyway" and read the clipboard.
//   5. Preview:     Ctrl+K V opens the preview beside an invite; typing changes its count;
//                   switch recipient; copy from it; reload, and it comes back.
//   6. New Invite:  the untitled note is named for the recipient and the relationship, greets
//                   them, and is still an invite after a reload.
//   7. Walkthrough: "Get Started with Invite Writer": each step's button, each step checked off.
//   8. Install:     in a second VS Code, install the packaged .vsix from the Extensions view;
//                   its walkthrough is there and opens.
//   9. Install in the browser: in a web build of VS Code (as vscode.dev), install the packaged
//                   files from their location; the walkthrough opens by itself and works.
//
// Expects `node esbuild.js` to have run (`npm run test:ui` does that first).
//
// Usage:
//   node test/ui/journeys.mjs [--update-images] [--verbose] [--only <journey name>]
//
//   --update-images   also copy the best screenshots to docs/images/ (for the README)
//   --verbose         show code-server's output and the workbench page's console
//   --only NAME       run only the journey called NAME (for example Walkthrough), or several: "New Invite,Walkthrough"
//
// Environment:
//   INVITE_UI_TIMEOUT_SECONDS   limit for the whole run (default 300)
//
// Screenshots of every step go to test-results/ui/ on every run. The output is one line per
// journey step and, last, `N passed, M failed` counted in journeys. The exit code is 0 only
// when every journey passed. The server and the browser are stopped on success, failure,
// timeout, uncaught errors and SIGINT/SIGTERM.
// Functions passed to page.evaluate and page.waitForFunction run in the workbench page.
/* global document, getComputedStyle, navigator */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { ROOT, ensureHost, ensureWebHost } from '../../scripts/vscode-host/install.mjs';
import { createRun, launchBrowser, serverExitReason, startWebServer, workbenchUrl } from '../../scripts/vscode-host/run.mjs';
import { startServer } from '../../scripts/vscode-host/server.mjs';

const RESULTS_DIR = path.join(ROOT, 'test-results', 'ui');
const IMAGES_DIR = path.join(ROOT, 'docs', 'images');
const VIEWPORT = { width: 1280, height: 800 };
/** Longest wait for one piece of UI state. Generous: the first activation and lint take a moment on a slow machine. */
const WAIT_MS = 20_000;

// Settings a user might well have; they make the screenshots readable and the run quiet.
const USER_SETTINGS = {
  'editor.fontSize': 18,
  'editor.lineHeight': 28,
  'editor.suggestFontSize': 15,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.renderWhitespace': 'none',
  'editor.stickyScroll.enabled': false,
  'breadcrumbs.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'files.autoSave': 'off',
  'files.insertFinalNewline': false,
  'files.trimTrailingWhitespace': false,
  // The extension's own `[invite]` defaults (package.json) keep snippets first and Tab on the
  // snippet's stops: the journeys rely on them, as a user does.
};

const STOCK_SENTENCE = "I'd like to add you to my professional network on LinkedIn.";

// The finished invite of journey 3, and exactly what Copy Invite must put on the clipboard.
const FINISHED_INVITE = `---
name: Dana
relationship: event
context: your talk on error budgets at DevOpsDays Berlin
---
{{! Notes to yourself never reach the copy. }}
Hi {{name}}, I enjoyed {{context}}, especially the part about paging only on user-facing symptoms. I'd like to stay in touch and hear how the rollout goes.
Best, Sam
`;
const FINISHED_MESSAGE = "Hi Dana, I enjoyed your talk on error budgets at DevOpsDays Berlin, especially the part about paging only on user-facing symptoms. I'd like to stay in touch and hear how the rollout goes.\nBest, Sam";

const FILES = {
  snippet: 'meetup.invite',
  squiggle: 'stock.invite',
  finished: 'dana.invite',
  unfinished: 'slot.invite',
  people: 'people.invite',
  ruleLink: 'rule-link.invite',
};

// The invite of journey 5: two recipients, for the preview's switcher.
const PEOPLE_INVITE = `---
event: the Rust meetup in Leeds
recipients:
  - name: Omar Haddad
  - name: Lee Chen
---
Hi {{name}}, we met at {{event}} last Tuesday. Let us keep in touch!
Best, Sam Rivera
`;

// The invite of journey 4: an unfilled slot, an error, so Copy Invite asks first.
const UNFINISHED_INVITE = 'Hi [Name], we met at the PyCon sprint last Sunday.\n';

// ---------------------------------------------------------------------------------------------
// Options, cleanup and the final line

const args = process.argv.slice(2);
const USAGE = 'usage: node test/ui/journeys.mjs [--update-images] [--verbose] [--only <journey name>]';
for (const arg of args) {
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (arg !== '--update-images' && arg !== '--verbose' && arg !== '--only' && args[args.indexOf(arg) - 1] !== '--only') {
    console.error(`unknown argument ${arg}\n${USAGE}`);
    console.log('0 passed, 1 failed');
    process.exit(2);
  }
}
const UPDATE_IMAGES = args.includes('--update-images');
// `--only <name>` runs one journey, by its name (`Walkthrough`), for working on it.
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const VERBOSE = args.includes('--verbose');
const TIMEOUT_SECONDS = Number(process.env.INVITE_UI_TIMEOUT_SECONDS ?? 300);

// Handles signals and uncaught errors from here on; see scripts/vscode-host/run.mjs.
const run = createRun({ label: 'UI run' });
const { totals } = run;

// ---------------------------------------------------------------------------------------------
// Screenshots

/**
 * Saves a screenshot to test-results/ui/ and, with --update-images, copies it to docs/images/
 * as `docsName`. The whole page, an element (`locator`) or a rectangle of the page (`clip`).
 */
async function screenshot(page, name, { locator, clip, docsName } = {}) {
  const file = path.join(RESULTS_DIR, `${name}.png`);
  const options = { path: file, animations: 'disabled', caret: 'hide' };
  if (locator) await locator.screenshot(options);
  else await page.screenshot(clip ? { ...options, clip: clampClip(clip) } : options);
  if (UPDATE_IMAGES && docsName) {
    fs.mkdirSync(IMAGES_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(IMAGES_DIR, docsName));
  }
}

/** Keeps a clip rectangle inside the viewport, in whole pixels. */
function clampClip({ x, y, width, height }) {
  const left = Math.max(0, Math.floor(x));
  const top = Math.max(0, Math.floor(y));
  const right = Math.min(VIEWPORT.width, Math.ceil(x + width));
  const bottom = Math.min(VIEWPORT.height, Math.ceil(y + height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A clip of the active editor from its top-left corner (line numbers included) down and right to
 * just past the given boxes and the lines of text, so a picture shows the text and what pops up over it.
 */
async function editorClip(page, extraBoxes = [], margin = 16) {
  const editor = await activeEditor(page).boundingBox();
  // Each rendered line's text is the span inside its .view-line, which itself spans the whole width.
  const lines = await activeEditor(page).locator('.view-lines .view-line').evaluateAll((elements) =>
    elements.map((element) => (element.firstElementChild ?? element).getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
  const boxes = [...extraBoxes.filter(Boolean), ...lines];
  const bottom = Math.min(editor.y + editor.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  const right = Math.min(editor.x + editor.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  return { x: editor.x, y: editor.y, width: right - editor.x, height: bottom - editor.y };
}

// ---------------------------------------------------------------------------------------------
// Driving the workbench

/** Waits until `check` (run in Node) is true; rejects naming `what`. For state outside the page, such as files on disk. */
async function until(check, what, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `wait` and rewords a timeout so the output says what the user would have missed. */
async function expectUi(what, wait) {
  try {
    return await wait();
  } catch (error) {
    if (error?.name === 'TimeoutError') throw new Error(`timed out waiting for ${what}`, { cause: error });
    throw error;
  }
}

const quickInput = (page) => page.locator('.quick-input-widget');

/**
 * Waits for the dark theme's colours. The theme comes with a built-in extension, so after a
 * start or a reload the workbench is light for a moment, and a screenshot taken then comes out light.
 */
async function expectDarkTheme(page) {
  await expectUi('the dark colour theme', () => page.waitForFunction(() => {
    const workbench = document.querySelector('.monaco-workbench');
    const background = workbench && getComputedStyle(workbench).getPropertyValue('--vscode-editor-background').trim();
    const match = background && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(background);
    return Boolean(workbench?.classList.contains('vs-dark') && match && match.slice(1).every((hex) => parseInt(hex, 16) < 0x60));
  }, undefined, { timeout: 60_000, polling: 100 }));
}

/** Closes the primary side bar with Ctrl+B, if it is open, and waits for it to go. */
async function closeSideBar(page) {
  if (!(await page.locator('.part.sidebar').isVisible())) return;
  await page.keyboard.press('Control+B');
  await expectUi('the side bar to close', () => page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: WAIT_MS }));
}

/** Answers New Invite's second question, whom the note is for, with `name` and Enter. */
async function answerRecipient(page, name) {
  await expectUi('the question "who is it for?"', () => quickInput(page).locator('.quick-input-title', { hasText: 'who is it for' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
  // The same widget held the relationship pick a moment ago: type only once it shows the question's own box.
  const input = quickInput(page).locator('input');
  await until(async () => {
    await input.fill(name);
    return (await input.inputValue()) === name && (await quickInput(page).locator('.monaco-list-row').filter({ visible: true }).count()) === 0;
  }, `"${name}" typed into the question`, 10_000);
  await page.keyboard.press('Enter');
  await expectUi('the question to close', () => quickInput(page).waitFor({ state: 'hidden', timeout: WAIT_MS }));
}

/** Waits until the open walkthrough step's image has drawn (it is in a webview: a frame in a frame). */
async function expectWalkthroughImage(page) {
  const image = page.frameLocator('.getting-started-media iframe').first().frameLocator('#active-frame').locator('svg, img').first();
  await expectUi("the step's image", () => image.waitFor({ state: 'visible', timeout: WAIT_MS }));
}
const activeEditor = (page) => page.locator('.editor-group-container.active .monaco-editor').first();

/** Opens the command palette (F1) and waits for it. */
async function openPalette(page) {
  await page.keyboard.press('F1');
  await expectUi('the command palette', () => quickInput(page).locator('input').waitFor({ state: 'visible', timeout: WAIT_MS }));
}

/** F1, the command's title, Enter: the way a user runs a command. Waits for the palette to close. */
async function runCommand(page, title) {
  await openPalette(page);
  await page.keyboard.type(title);
  // Enter runs the focused entry: wait until that is the command we mean.
  const focused = quickInput(page).locator('.monaco-list-row.focused');
  await expectUi(`"${title}" in the command palette`, () =>
    focused.filter({ hasText: title }).waitFor({ state: 'visible', timeout: WAIT_MS }));
  const label = (await focused.locator('.label-name').first().textContent())?.trim();
  if (label !== title) throw new Error(`the command palette offered "${label}" first, not "${title}"`);
  await page.keyboard.press('Enter');
  await expectUi('the command palette to close', () => quickInput(page).waitFor({ state: 'hidden', timeout: WAIT_MS }));
}

/**
 * "Developer: Reload Window", then waits for the page to load again and the workbench to show.
 * Waiting for the load proves the reload happened: the browser refuses to leave a window whose
 * unsaved work VS Code has not backed up yet, and the old workbench would pass every check.
 */
async function reloadWindow(page) {
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  await runCommand(page, 'Developer: Reload Window');
  await expectUi('the page to load again', () => loaded);
  await expectUi('the workbench after the reload', () => page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 }));
}

/**
 * Waits until VS Code has backed up an unsaved editor holding `text` (it does so about a second
 * after the last edit; a reload restores unsaved work from these backups). Backups are files
 * under the server's user data folder, `User/Backups/<workspace>/<scheme>/<hash>`.
 */
async function expectBackedUp(server, text) {
  const backups = path.join(server.tempDir, 'user-data', 'User', 'Backups');
  const files = () => (fs.existsSync(backups) ? fs.readdirSync(backups, { recursive: true }).map((name) => path.join(backups, String(name))) : []);
  await until(() => files().some((file) => fs.statSync(file).isFile() && fs.readFileSync(file, 'utf8').includes(text)), `VS Code to back up the unsaved note holding "${text}"`, WAIT_MS);
}

/** Quick Open (F1, then the file name in place of the `>`): opens a workspace file in an editor. */
async function quickOpen(page, fileName) {
  await openPalette(page);
  await quickInput(page).locator('input').fill(fileName);
  const focused = quickInput(page).locator('.monaco-list-row.focused');
  await expectUi(`${fileName} in Quick Open`, () => focused.filter({ hasText: fileName }).waitFor({ state: 'visible', timeout: WAIT_MS }));
  await page.keyboard.press('Enter');
  await expectUi('Quick Open to close', () => quickInput(page).waitFor({ state: 'hidden', timeout: WAIT_MS }));
  await expectUi(`an editor tab for ${fileName}`, () =>
    page.locator('.editor-group-container.active .tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: WAIT_MS }));
  // The status bar's language indicator says which language the editor gave the file.
  await expectUi(`the status bar to show the "Invite" language for ${fileName}`, () =>
    page.locator('[id="status.editor.mode"]', { hasText: /^\s*Invite\s*$/ }).waitFor({ state: 'visible', timeout: WAIT_MS }));
  await expectUi('the editor to have focus', () =>
    page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible', timeout: WAIT_MS }));
}

/** Saves every editor and closes them, so each journey starts from an empty editor area and no dialog asks about unsaved work. */
async function closeAllEditors(page) {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
  await runCommand(page, 'File: Save All Files');
  await runCommand(page, 'View: Close All Editors');
  await expectUi('every editor to close', () => page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
}

/** Closes the bottom panel if it is open (the Problems view of journey 2). */
async function closePanel(page) {
  if (await page.locator('.part.panel').isVisible()) {
    await runCommand(page, 'View: Hide Panel');
    await expectUi('the panel to close', () => page.locator('.part.panel').waitFor({ state: 'hidden', timeout: WAIT_MS }));
  }
}

/** The text of a workspace file, once it equals `expected` (the editor saves asynchronously). */
async function expectFileText(workspace, fileName, expected) {
  const file = path.join(workspace, fileName);
  let last;
  try {
    await until(() => {
      last = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      return last === expected;
    }, `${fileName} on disk to hold the expected text`, 10_000);
  } catch (error) {
    throw new Error(`${fileName} on disk is ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`, { cause: error });
  }
}

/** The suggest widget, once visible with its focused entry matching `label`. */
async function waitForSuggestion(page, label, what) {
  const widget = page.locator('.editor-group-container.active .suggest-widget.visible');
  const focused = widget.locator('.monaco-list-row.focused');
  await expectUi(what, () => focused.filter({ hasText: label }).waitFor({ state: 'visible', timeout: WAIT_MS }));
  return widget;
}

/**
 * Waits until the status bar says `n` characters are selected: the way to see which snippet stop
 * the cursor is on (each stop's placeholder is selected when the cursor reaches it).
 */
async function expectSelected(page, n, what) {
  const item = page.locator('[id="status.editor.selection"]');
  await expectUi(`${what} to be selected (the status bar saying "${n} selected")`, () =>
    item.filter({ hasText: new RegExp(`\\(${n} selected\\)`) }).waitFor({ state: 'visible', timeout: WAIT_MS }));
}

/** Waits until nothing is selected: the cursor is past the last stop. */
async function expectNothingSelected(page, what) {
  const item = page.locator('[id="status.editor.selection"]');
  await expectUi(what, () => item.filter({ hasText: /^\s*Ln \d+, Col \d+\s*$/ }).waitFor({ state: 'visible', timeout: WAIT_MS }));
}

async function waitForSuggestClosed(page) {
  await expectUi('the suggest widget to close', () =>
    page.locator('.editor-group-container.active .suggest-widget.visible').waitFor({ state: 'detached', timeout: WAIT_MS }));
}

// ---------------------------------------------------------------------------------------------
// The journeys

/** 1. Snippets: `event`, accept, Tab through the stops, Escape; the saved file holds what was typed. */
function snippetJourney(page, workspace) {
  const expected = 'Hi Ana, great to meet you at KubeCon Paris. I enjoyed your talk on platform teams and would like to pick it up again.\nBest, Sam';
  return {
    name: 'Snippets',
    steps: [
      [`open the empty ${FILES.snippet} with Quick Open`, () => quickOpen(page, FILES.snippet)],
      ['type "event" and see the snippet suggested', async () => {
        await page.keyboard.type('event');
        const widget = await waitForSuggestion(page, 'event', 'the suggest widget to offer the `event` snippet');
        await expectUi('the snippet icon on the suggestion', () =>
          widget.locator('.monaco-list-row.focused .codicon-symbol-snippet').waitFor({ state: 'visible', timeout: WAIT_MS }));
        // The description says which snippet this is.
        await expectUi('the snippet description', () =>
          widget.getByText('Invite someone you met at an event').first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await screenshot(page, '1-snippet-suggest', {
          clip: await editorClip(page, [await widget.boundingBox()]),
          docsName: 'snippet-suggest.png',
        });
      }],
      ['accept it with Enter: the tab stops appear', async () => {
        await page.keyboard.press('Enter');
        await waitForSuggestClosed(page);
        const lines = activeEditor(page).locator('.view-lines');
        await expectUi('the expanded snippet in the editor', () =>
          lines.filter({ hasText: 'great to meet you at' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        // The first stop, [Name], is selected and the others are marked as snippet placeholders.
        await expectUi('the snippet placeholders', () =>
          activeEditor(page).locator('.snippet-placeholder, .finish-snippet-placeholder').first().waitFor({ state: 'attached', timeout: WAIT_MS }));
        await expectSelected(page, '[Name]'.length, 'the first stop, [Name],');
        // Unfilled slots are errors until they are filled in: red squiggles under them.
        await expectUi('red squiggles under the unfilled slots', () =>
          activeEditor(page).locator('.squiggly-error').first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        // …and nothing else: the warning about the bare word "event" is gone with it.
        await expectUi('no warning squiggle on the expanded snippet', () =>
          activeEditor(page).locator('.squiggly-warning').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
        await screenshot(page, '1-snippet-expanded', { clip: await editorClip(page), docsName: 'snippet.png' });
      }],
      ['Tab through the stops typing values, then Escape', async () => {
        await page.keyboard.type('Ana');
        await page.keyboard.press('Tab');
        await expectSelected(page, '[event]'.length, 'the [event] stop');
        await page.keyboard.type('KubeCon Paris');
        await page.keyboard.press('Tab');
        // A choice stop: the editor offers its options in the suggest widget.
        await waitForSuggestion(page, 'our chat about', 'the choices of the third stop');
        await page.keyboard.press('ArrowDown');
        await waitForSuggestion(page, 'your talk on', '"your talk on" to be focused among the choices');
        await page.keyboard.press('Enter');
        await waitForSuggestClosed(page);
        // Picking a choice moves on to the next stop by itself.
        await expectSelected(page, '[topic]'.length, 'the [topic] stop');
        await page.keyboard.type('platform teams');
        await page.keyboard.press('Tab');
        await expectSelected(page, '[Your Name]'.length, 'the [Your Name] stop');
        await page.keyboard.type('Sam');
        await page.keyboard.press('Tab');
        await expectNothingSelected(page, 'the cursor to reach the end of the snippet');
        await page.keyboard.press('Escape');
        await expectUi('the filled-in message', () =>
          activeEditor(page).locator('.view-lines').filter({ hasText: 'Best, Sam' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectUi('the snippet session to end', () =>
          activeEditor(page).locator('.snippet-placeholder').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
        await expectUi('the squiggles to go once every slot is filled', () =>
          activeEditor(page).locator('.squiggly-error, .squiggly-warning').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
        await screenshot(page, '1-snippet-filled', { clip: await editorClip(page) });
      }],
      ['save with Ctrl+S: the file holds exactly what was typed', async () => {
        await page.keyboard.press('Control+S');
        await expectFileText(workspace, FILES.snippet, expected);
        await expectUi('the tab to show the file saved', () =>
          page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT_MS }));
      }],
    ],
  };
}

/** 2. Squiggles: stock sentence → squiggle, Problems entry, hover; Ctrl+. fixes it. */
function squiggleJourney(page, workspace) {
  const editor = activeEditor(page);
  const squiggles = () => editor.locator('.squiggly-warning');
  const problems = page.locator('.markers-panel');
  const genericRows = () => problems.locator('.monaco-list-row', { hasText: 'generic-phrase' });
  const expected = 'It was good to meet you at KubeCon Paris, where we talked about platform teams.';
  return {
    name: 'Squiggles',
    steps: [
      [`open the empty ${FILES.squiggle} with Quick Open`, () => quickOpen(page, FILES.squiggle)],
      ['type the stock sentence: a warning squiggle appears under it', async () => {
        await page.keyboard.type(STOCK_SENTENCE);
        await expectUi('the typed sentence in the editor', () =>
          editor.locator('.view-lines').filter({ hasText: 'professional network on LinkedIn.' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectUi('a warning squiggle', () => squiggles().first().waitFor({ state: 'visible', timeout: WAIT_MS }));
      }],
      ['hovering the squiggled text explains the rule, with its docs link', async () => {
        // The phrase starts the line: hover over its first words.
        const word = editor.locator('.view-lines .view-line').first();
        const box = await word.boundingBox();
        if (!box) throw new Error('the first line of the editor is not on screen');
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'generic-phrase' });
        // The extension's part of the hover links the rule's page (it may sit below the fold of the hover).
        const docsLink = hover.first().locator('a', { hasText: 'Rule documentation' });
        // The extension explains a finding only once it has linted the text as it is now: a hover
        // asked for within the lint's pause after the last keystroke shows the editor's own part
        // only. Then do what a user would: move off the text and hover again.
        for (let attempt = 1; ; attempt += 1) {
          await page.mouse.move(box.x + 60, box.y + box.height / 2);
          const shown = await hover.first().waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
          const explained = shown && (await docsLink.first().waitFor({ state: 'attached', timeout: 3000 }).then(() => true, () => false));
          if (explained) break;
          const why = shown ? 'came before the lint of the current text' : 'did not show';
          await screenshot(page, `2-hover-attempt-${attempt}`);
          if (attempt === 4) throw new Error(`the hover over the squiggle ${shown ? "shows no explanation from the extension (no link to the rule's documentation)" : 'never showed'}`);
          if (VERBOSE) console.log(`    (hover ${attempt} ${why}; hovering again)`);
          await page.mouse.move(VIEWPORT.width - 10, VIEWPORT.height - 60);
          await expectUi('the hover to close', () => page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: WAIT_MS }));
        }
        const href = (await docsLink.first().getAttribute('data-href')) ?? (await docsLink.first().getAttribute('href'));
        // The link opens the rule's page rendered: VS Code's Markdown preview, on the page the extension ships.
        const target = href && decodeURIComponent(href);
        if (!target?.startsWith('command:markdown.showPreview?') || !target.includes('docs/rules/generic-phrase.md')) {
          throw new Error(`the hover's documentation link points at ${JSON.stringify(href)}`);
        }
        const hoverText = (await hover.first().textContent()) ?? '';
        if (!/stock wording/.test(hoverText)) throw new Error(`the hover does not explain the finding: ${JSON.stringify(hoverText.slice(0, 200))}`);
        await screenshot(page, '2-squiggle-hover', {
          clip: await editorClip(page, [await hover.first().boundingBox()]),
          docsName: 'squiggle-hover.png',
        });
        // Move away and dismiss the hover before the keyboard takes over.
        await page.mouse.move(VIEWPORT.width - 10, VIEWPORT.height / 2);
        await page.keyboard.press('Escape');
        await expectUi('the hover to close', () => hover.first().waitFor({ state: 'hidden', timeout: WAIT_MS }));
      }],
      ['the Problems panel (Ctrl+Shift+M) lists a generic-phrase finding', async () => {
        await page.keyboard.press('Control+Shift+M');
        await expectUi('the Problems panel', () => problems.waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectUi('a generic-phrase row in the Problems panel', () => genericRows().first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        const row = (await genericRows().first().textContent()) ?? '';
        if (!/stock wording/.test(row)) throw new Error(`the Problems row does not explain the finding: ${JSON.stringify(row)}`);
        // The panel down to its last row: the rest of it is empty.
        const panel = await page.locator('.part.panel').boundingBox();
        const lastRow = await problems.locator('.monaco-list-row').last().boundingBox();
        await screenshot(page, '2-problems-panel', {
          clip: { x: panel.x, y: panel.y, width: panel.width, height: lastRow.y + lastRow.height + 12 - panel.y },
          docsName: 'problems.png',
        });
        // Back to the editor, as a user would with Ctrl+1.
        await page.keyboard.press('Control+1');
        await expectUi('the editor to have focus again', () =>
          page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible', timeout: WAIT_MS }));
      }],
      ['Ctrl+. on the phrase offers the quick fixes', async () => {
        // The cursor sits after the full stop, outside the phrase: Home puts it on the phrase.
        await page.keyboard.press('Home');
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget');
        await expectUi('the quick-fix menu', () =>
          menu.getByText('Replace with how you know them').first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectUi('"Remove the stock phrase" in the menu', () =>
          menu.getByText('Remove the stock phrase').first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await screenshot(page, '2-quick-fix', {
          clip: await editorClip(page, [await menu.first().boundingBox()]),
          docsName: 'quick-fix.png',
        });
      }],
      ['pick "Replace with how you know them" and fill its tab stops', async () => {
        const menu = page.locator('.action-widget');
        const wanted = menu.locator('.monaco-list-row.focused', { hasText: 'Replace with how you know them' });
        // Walk down to the entry with the arrow keys, as a user would, waiting for each move.
        for (let i = 0; i < 10 && !(await wanted.isVisible()); i += 1) {
          const before = await menu.locator('.monaco-list-row.focused').textContent().catch(() => null);
          await page.keyboard.press('ArrowDown');
          await until(async () => (await menu.locator('.monaco-list-row.focused').textContent().catch(() => null)) !== before, 'the focus to move in the quick-fix menu', 5000);
        }
        await expectUi('"Replace with how you know them" to be focused', () => wanted.waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Enter');
        await expectUi('the quick-fix menu to close', () => menu.first().waitFor({ state: 'hidden', timeout: WAIT_MS }));
        await expectUi('the replacement sentence', () =>
          editor.locator('.view-lines').filter({ hasText: 'It was good to meet you at' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectSelected(page, '[the event]'.length, 'the first stop of the sentence, [the event],');
        await page.keyboard.type('KubeCon Paris');
        await page.keyboard.press('Tab');
        await expectSelected(page, '[the topic]'.length, 'the second stop, [the topic],');
        await page.keyboard.type('platform teams');
        await page.keyboard.press('Tab');
        await expectNothingSelected(page, 'the cursor to reach the end of the sentence');
        await page.keyboard.press('Escape');
        await expectUi('the filled-in sentence', () =>
          editor.locator('.view-lines').filter({ hasText: expected }).waitFor({ state: 'visible', timeout: WAIT_MS }));
      }],
      ['the generic-phrase finding goes away: no squiggle, not in Problems', async () => {
        await expectUi('the squiggle to go away', () => squiggles().first().waitFor({ state: 'detached', timeout: WAIT_MS }));
        await expectUi('the Problems panel to drop the generic-phrase row', () =>
          genericRows().first().waitFor({ state: 'detached', timeout: WAIT_MS }));
        await page.keyboard.press('Control+S');
        await expectFileText(workspace, FILES.squiggle, expected);
        await screenshot(page, '2-fixed');
      }],
    ],
  };
}

/** 3. Copy Invite: F1 → "Invite: Copy Invite" on a finished invite; the real clipboard holds the message. */
function copyJourney(page) {
  const COUNT = /\d+\/200 characters/;
  return {
    name: 'Copy Invite',
    steps: [
      [`open the finished ${FILES.finished} with Quick Open`, async () => {
        await quickOpen(page, FILES.finished);
        await expectUi('the invite text in the editor', () =>
          activeEditor(page).locator('.view-lines').filter({ hasText: 'Best, Sam' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        if ((await activeEditor(page).locator('.squiggly-error').count()) > 0) throw new Error('the finished invite shows error squiggles');
      }],
      ['F1 → "Invite: Copy Invite" → Enter', async () => {
        // Something else on the clipboard first, so the check below sees this copy.
        await page.evaluate(() => navigator.clipboard.writeText('(not copied yet)'));
        await runCommand(page, 'Invite: Copy Invite');
      }],
      ['the notification shows the character count', async () => {
        // A workbench in automation mode (the `payload` that loads the extension in development
        // mode needs it) files notifications in the Notification Center without popping up a
        // toast: the status bar bell gets a dot instead. Take the toast if there is one, else open
        // the Notification Center as a user would after seeing the bell.
        const toast = page.locator('.notifications-toasts .notification-toast', { hasText: COUNT });
        const bellDot = page.locator('[id="status.notifications"] .codicon-bell-dot');
        await expectUi('the notification (a toast, or the dot on the status bar bell)', () =>
          toast.or(bellDot).first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        let shown = toast;
        if (!(await toast.first().isVisible())) {
          await runCommand(page, 'Notifications: Show Notifications');
          shown = page.locator('.notifications-center .notification-list-item', { hasText: COUNT });
        }
        await expectUi('the "Copied invite …: N/200 characters" notification', () => shown.first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        const text = (await shown.first().locator('.notification-list-item-message').first().textContent())?.trim();
        const want = `Copied invite for Dana: ${FINISHED_MESSAGE.length}/200 characters`;
        if (text !== want) throw new Error(`the notification says ${JSON.stringify(text)}, expected ${JSON.stringify(want)}`);
        // The invite and the message about it: the editor area down to the status bar.
        const group = await page.locator('.editor-group-container.active').boundingBox();
        await screenshot(page, '3-copy-notification', {
          clip: { x: group.x, y: group.y, width: VIEWPORT.width - group.x, height: VIEWPORT.height - group.y },
          docsName: 'copy-invite.png',
        });
      }],
      ['the clipboard holds exactly the rendered message', async () => {
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        if (copied !== FINISHED_MESSAGE) throw new Error(`the clipboard holds ${JSON.stringify(copied)}, expected ${JSON.stringify(FINISHED_MESSAGE)}`);
      }],
    ],
  };
}

/** 4. The copy question: Copy Invite on a note with an error asks first, in a dialog; "Copy Anyway" copies. */
function copyQuestionJourney(page) {
  const dialog = page.locator('.monaco-dialog-box');
  return {
    name: 'Copy question',
    steps: [
      [`open ${FILES.unfinished}, which still has a slot`, async () => {
        await quickOpen(page, FILES.unfinished);
        await expectUi('the slot squiggled as an error', () =>
          activeEditor(page).locator('.squiggly-error').first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.evaluate(() => navigator.clipboard.writeText('(not copied yet)'));
      }],
      ['F1 → "Invite: Copy Invite": the question pops up at once, naming the problem', async () => {
        await runCommand(page, 'Invite: Copy Invite');
        await expectUi('the dialog', () => dialog.waitFor({ state: 'visible', timeout: WAIT_MS }));
        const text = (await dialog.textContent()) ?? '';
        if (!/1 problem remains: line 1: "\[Name\]" looks like an unfilled slot/.test(text)) throw new Error(`the dialog says ${JSON.stringify(text)}`);
        for (const button of ['Copy Anyway', 'Show Problems']) {
          if (!(await dialog.getByRole('button', { name: button }).isVisible())) throw new Error(`no "${button}" button`);
        }
        if ((await page.evaluate(() => navigator.clipboard.readText())) !== '(not copied yet)') throw new Error('copied before the answer');
        await screenshot(page, '4-copy-question', { docsName: 'copy-question.png' });
      }],
      ['answer "Copy Anyway": the note is on the clipboard', async () => {
        await dialog.getByRole('button', { name: 'Copy Anyway' }).click();
        await expectUi('the dialog to close', () => dialog.waitFor({ state: 'hidden', timeout: WAIT_MS }));
        await until(async () => (await page.evaluate(() => navigator.clipboard.readText())) === UNFINISHED_INVITE.trim(), 'the copied note');
      }],
    ],
  };
}

/** 5. Preview: Ctrl+K V opens it beside the invite; typing changes the count; switch recipient; copy from it. */
function previewJourney(page) {
  // A webview is an iframe inside an iframe.
  const frame = () => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const count = () => frame().locator('p.count');
  return {
    name: 'Preview',
    steps: [
      [`open ${FILES.people}, with two recipients`, async () => {
        await quickOpen(page, FILES.people);
        await page.evaluate(() => navigator.clipboard.writeText('(not copied yet)'));
      }],
      ['Ctrl+K V: the preview opens beside it, with the card and the count', async () => {
        await page.keyboard.press('Control+k');
        await page.keyboard.press('v');
        await expectUi('the preview\'s card', () => frame().locator('article.card').waitFor({ state: 'visible', timeout: WAIT_MS }));
        const text = await frame().locator('.note').textContent();
        if (!text?.startsWith('Hi Omar Haddad, we met at the Rust meetup in Leeds last Tuesday.')) throw new Error(`the card shows ${JSON.stringify(text)}`);
        if (!/^\d+ \/ 200$/.test((await count().textContent())?.trim() ?? '')) throw new Error(`the count says ${JSON.stringify(await count().textContent())}`);
      }],
      ['typing in the invite changes the count', async () => {
        const before = (await count().textContent())?.trim();
        await page.locator('.editor-group-container').first().locator('.view-lines').first().click();
        // To the end of the note's first line (the file ends with the sign-off and a line break).
        await page.keyboard.press('Control+End');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('End');
        await page.keyboard.type(' Thanks for the tip on cargo-nextest!');
        await until(async () => (await count().textContent())?.trim() !== before, 'the count to change');
        await screenshot(page, '5-preview', { docsName: 'preview.png' });
      }],
      ['switch to the other recipient', async () => {
        await frame().locator('select#recipient').selectOption({ index: 1 });
        await until(async () => ((await frame().locator('.note').textContent()) ?? '').startsWith('Hi Lee Chen,'), "Lee's note in the card");
      }],
      ['Copy in the preview copies the note on show', async () => {
        await frame().getByRole('button', { name: 'Copy this note' }).click();
        await until(async () => ((await page.evaluate(() => navigator.clipboard.readText())) ?? '').startsWith('Hi Lee Chen, we met at'), "Lee's note on the clipboard");
      }],
      ['after "Developer: Reload Window", the preview comes back with the recipient on show', async () => {
        await page.keyboard.press('Control+s');
        await reloadWindow(page);
        await expectUi('the preview restored', () => frame().locator('article.card').waitFor({ state: 'visible', timeout: 60_000 }));
        await until(async () => ((await frame().locator('.note').textContent()) ?? '').startsWith('Hi Lee Chen,'), "Lee's note, still on show");
      }],
    ],
  };
}

/** 6. New Invite: pick a relationship, give a name; the untitled note is named for both, greets them, and stays an invite after a reload. */
function newInviteJourney(page, server) {
  const tab = page.locator('.editor-group-container.active .tab.active');
  return {
    name: 'New Invite',
    steps: [
      ['F1 → "Invite: New Invite…" → "Event" → "Dana": an untitled dana-event.invite, greeting Dana', async () => {
        await closeAllEditors(page);
        // The command opens a pick of its own in the same widget: wait for that, not for the palette to close.
        await openPalette(page);
        await page.keyboard.type('Invite: New Invite…');
        await expectUi('the command in the palette', () => quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Invite: New Invite…' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Enter');
        await expectUi('the relationship pick', () => quickInput(page).locator('.quick-input-title', { hasText: 'how do you know them' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await quickInput(page).locator('input').fill('Event');
        await expectUi('the Event choice', () => quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Event' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Enter');
        await answerRecipient(page, 'Dana');
        await expectUi('a tab named dana-event.invite', () => tab.filter({ hasText: /dana-event(-\d+)?\.invite/ }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectUi('"Hi Dana," in the note', () => activeEditor(page).locator('.view-lines', { hasText: 'Hi Dana, great to meet you' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Escape');
      }],
      ['after "Developer: Reload Window", it is still an invite, once, with its text', async () => {
        await expectBackedUp(server, 'Hi Dana, great to meet you');
        await reloadWindow(page);
        await expectUi('the untitled dana-event.invite back', () => tab.filter({ hasText: /dana-event(-\d+)?\.invite/ }).waitFor({ state: 'visible', timeout: 60_000 }));
        await expectUi('its language, Invite', () => page.locator('[id="status.editor.mode"]', { hasText: /^\s*Invite\s*$/ }).waitFor({ state: 'visible', timeout: 60_000 }));
        await expectUi('"Hi Dana," still in the note', () => activeEditor(page).locator('.view-lines', { hasText: 'Hi Dana, great to meet you' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        const tabs = await page.locator('.tabs-container .tab').allTextContents();
        if (tabs.length !== 1) throw new Error(`the editor area holds ${JSON.stringify(tabs)}, not the one note`);
        // Nothing unsaved is left for the next journey, whose clean-up saves all.
        await runCommand(page, 'View: Revert and Close Editor');
        await expectUi('the untitled note closed', () => page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: WAIT_MS }));
      }],
    ],
  };
}

/**
 * 7. Walkthrough: open "Get Started with Invite Writer" and do each step with its own button:
 * choose the account, New Invite…, fix a squiggle in the sample, preview, copy. Each step is
 * checked off, and the progress says 5 of 5.
 */
function walkthroughJourney(page) {
  const walkthrough = page.locator('.gettingStartedContainer');
  const stepButton = (id) => walkthrough.locator(`.getting-started-step[data-step-id="invite-writer.invite-writer#getStarted#${id}"]`);
  const tab = (name) => page.locator('.editor-group-container .tab', { hasText: name });
  const expectDone = (id) => expectUi(`the "${id}" step to be checked off`, () =>
    walkthrough.locator(`.getting-started-step[data-step-id$="#${id}"][aria-checked="true"]`).waitFor({ state: 'attached', timeout: WAIT_MS }));
  /** Back to the walkthrough's tab, then open a step and press its button. */
  const pressButton = async (id, name) => {
    await tab(/Welcome|Walkthrough: Invite Writer/).first().click();
    // Once a step is done, the Welcome page may go back to its start: open the walkthrough again from there.
    const entry = page.getByRole('button', { name: /Get Started with Invite Writer/ }).filter({ visible: true });
    const step = stepButton(id).filter({ visible: true });
    await expectUi('the walkthrough or its entry on the Welcome page', () => step.or(entry).first().waitFor({ state: 'visible', timeout: WAIT_MS }));
    if (await entry.first().isVisible()) await entry.first().click();
    await expectUi(`the "${id}" step`, () => step.waitFor({ state: 'visible', timeout: WAIT_MS }));
    await step.click();
    await walkthrough.getByRole('button', { name, exact: true }).filter({ visible: true }).first().click();
  };
  return {
    name: 'Walkthrough',
    steps: [
      ['F1 → "Welcome: Open Walkthrough…" → Invite Writer: the walkthrough opens on its first step', async () => {
        await openPalette(page);
        await page.keyboard.type('Welcome: Open Walkthrough');
        await expectUi('the command in the palette', () => quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Open Walkthrough' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Enter');
        await quickInput(page).locator('input').fill('Invite Writer');
        await expectUi('our walkthrough in the pick', () => quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Get Started with Invite Writer' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Enter');
        await expectUi('the walkthrough page', () => walkthrough.filter({ hasText: 'Which LinkedIn account do you have?' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectWalkthroughImage(page);
        await screenshot(page, 'walkthrough');
      }],
      ['"Free: 200 characters": the account step is checked off', async () => {
        await walkthrough.getByRole('button', { name: 'Free: 200 characters', exact: true }).filter({ visible: true }).first().click();
        await expectDone('account');
      }],
      ['"New Invite…" → "Event" → "Jordan": jordan-event.invite opens, and the step is checked off', async () => {
        await pressButton('newInvite', 'New Invite…');
        await expectUi('the relationship pick', () => quickInput(page).locator('.quick-input-title', { hasText: 'how do you know them' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await quickInput(page).locator('input').fill('Event');
        const event = quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Event' });
        await expectUi('the Event choice', () => event.waitFor({ state: 'visible', timeout: WAIT_MS }));
        // Clicked, not Enter: the walkthrough's page takes the keyboard back as the step redraws.
        await event.click();
        await answerRecipient(page, 'Jordan');
        await expectUi('a tab named jordan-event.invite', () => tab(/jordan-event(-\d+)?\.invite/).first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await page.keyboard.press('Escape');
        await tab(/Welcome|Walkthrough: Invite Writer/).first().click();
        await expectDone('newInvite');
      }],
      ['"Open a Note with Stock Wording", click the phrase, Ctrl+., "Remove the stock phrase": the step is checked off', async () => {
        await pressButton('fix', 'Open a Note with Stock Wording');
        const squiggle = activeEditor(page).locator('.squiggly-warning').first();
        await expectUi('a warning squiggle in the sample', () => squiggle.waitFor({ state: 'visible', timeout: WAIT_MS }));
        // Line 2 starts "I came across your profile": click inside "came", as a user would, then ask
        // for the fixes. The walkthrough page can take the keyboard back as it redraws, so a
        // Ctrl+. that opens nothing is tried again after a fresh click.
        const line = activeEditor(page).locator('.view-line', { hasText: 'came across your profile' });
        const remove = page.locator('.action-widget').getByText('Remove the stock phrase').filter({ visible: true });
        await until(async () => {
          await line.click({ position: { x: 20, y: 5 } });
          await page.keyboard.press('Control+.');
          if (await remove.first().waitFor({ state: 'visible', timeout: 4000 }).then(() => true, () => false)) return true;
          await page.keyboard.press('Escape');
          return false;
        }, 'the quick-fix menu on the stock phrase');
        await remove.first().click();
        await expectUi('the sample without the stock phrase', () => activeEditor(page).locator('.view-lines', { hasNotText: 'came across your profile' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        await tab(/Welcome|Walkthrough: Invite Writer/).first().click();
        await expectDone('fix');
      }],
      ['"Open Preview to the Side": the preview of that note opens, and the step is checked off', async () => {
        await pressButton('preview', 'Open Preview to the Side');
        await expectUi('the preview tab', () => tab(/^\s*Preview /).first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectDone('preview');
      }],
      ['"Copy Invite": the sample note is on the clipboard, and all five steps are checked off', async () => {
        await pressButton('copy', 'Copy Invite');
        // The sample after its fix: the greeting and the sign-off.
        await until(async () => (await page.evaluate(() => navigator.clipboard.readText())) === 'Hi Jordan,\nBest, Sam', 'the sample note on the clipboard');
        await expectDone('copy');
        const checked = await walkthrough.locator('.getting-started-step[data-step-id^="invite-writer.invite-writer#getStarted#"][aria-checked="true"]').count();
        if (checked !== 5) throw new Error(`${checked} of 5 steps are checked off`);
        await screenshot(page, 'walkthrough-done');
      }],
    ],
  };
}

/**
 * 8. Install: in a VS Code with no Invite Writer, "Install from VSIX…" installs the packaged
 * extension (the production build, with only the files .vscodeignore lets in); its
 * walkthrough opens, images included, and a rule's link in the Problems panel opens its page
 * rendered (which needs the installed extension's folder name).
 */
function installJourney(page, vsix) {
  return {
    name: 'Install',
    steps: [
      ['Extensions view → "…" → "Install from VSIX…" → the packaged .vsix: it installs', async () => {
        // The Extensions view's "…" menu, as a user finds it.
        await page.keyboard.press('Control+Shift+X');
        await expectUi('the Extensions view', () => page.locator('.extensions-viewlet').waitFor({ state: 'visible', timeout: WAIT_MS }));
        const more = page.locator('.part.sidebar .title-actions .codicon-toolbar-more, .part.sidebar .title-actions [aria-label^="Views and More Actions"]').first();
        const item = page.locator('.context-view .action-label', { hasText: 'Install from VSIX' });
        // The menu gains its install entries once the view knows where extensions go: until then, close it and look again.
        await until(async () => {
          await more.click();
          if (await item.first().waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return true;
          await page.keyboard.press('Escape');
          return false;
        }, '"Install from VSIX…" in the Extensions view\'s menu', 60_000);
        await item.first().click();
        // The workbench's own file dialog, in the browser: a path in a quick input.
        const input = quickInput(page).locator('input');
        await expectUi('the file dialog', () => quickInput(page).locator('.quick-input-title', { hasText: 'Install from VSIX' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
        // It fills in its start folder once it has read it: type the path after that.
        await expectUi('the file dialog to list a folder', () => quickInput(page).locator('.monaco-list-row', { hasText: '..' }).first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await input.fill(vsix);
        await until(async () => (await input.inputValue()) === vsix, 'the path in the file dialog', 5000);
        // The dialog checks the path before it takes it; a click while it checks does nothing, so press again until it closes.
        await until(async () => {
          if (!(await quickInput(page).isVisible())) return true;
          await quickInput(page).getByRole('button', { name: 'Install' }).click();
          return quickInput(page).waitFor({ state: 'hidden', timeout: 3000 }).then(() => true, () => false);
        }, 'the file dialog to take the .vsix', 30_000);
        await expectUi('Invite Writer among the installed extensions', () =>
          page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Invite Writer' }).first().waitFor({ state: 'visible', timeout: 60_000 }));
      }],
      ['the installed walkthrough opens, by itself or from "Welcome: Open Walkthrough…", with its images', async () => {
        // VS Code opens a newly installed extension's walkthrough (the setting
        // workbench.welcomePage.walkthroughs.openOnInstall), in the background if an editor has
        // focus. In code-server it does only some of the time, so failing that, this opens it the
        // way a user would.
        const walkthrough = page.locator('.gettingStartedContainer').filter({ hasText: 'Which LinkedIn account do you have?' });
        const tab = page.locator('.editor-group-container .tab', { hasText: /Walkthrough: Invite Writer|Welcome/ });
        const byItself = await tab.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
        if (byItself) {
          await tab.first().click();
        } else {
          const listed = quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Get Started with Invite Writer' });
          await until(async () => {
            await openPalette(page);
            await page.keyboard.type('Welcome: Open Walkthrough');
            await expectUi('the command in the palette', () => quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Open Walkthrough' }).waitFor({ state: 'visible', timeout: WAIT_MS }));
            await page.keyboard.press('Enter');
            await quickInput(page).locator('input').fill('Invite Writer');
            if (await listed.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return true;
            await page.keyboard.press('Escape');
            return false;
          }, 'the installed walkthrough in "Welcome: Open Walkthrough…"', 60_000);
          await page.keyboard.press('Enter');
        }
        console.log(`    (the walkthrough ${byItself ? 'opened by itself' : 'was opened from the palette'})`);
        // The image shows beside the steps only with room: the Extensions view goes first.
        await closeSideBar(page);
        await expectUi('the walkthrough', () => walkthrough.waitFor({ state: 'visible', timeout: WAIT_MS }));
        await expectWalkthroughImage(page);
        // The README's picture: a fresh workbench, where the colour theme is surely the dark one.
        await screenshot(page, 'install-walkthrough', { docsName: 'walkthrough.png' });
      }],
      ["a rule's link in the Problems panel opens its page rendered, in the Markdown preview", async () => {
        await quickOpen(page, FILES.ruleLink);
        await page.keyboard.press('Control+Shift+M');
        const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'stock wording' });
        await expectUi('the generic-phrase row in the Problems panel', () => row.first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        await row.first().locator('a', { hasText: 'generic-phrase' }).first().click();
        // The extension's configurationDefaults open its rule pages with the Markdown preview: a
        // webview showing the page's heading, not a text editor showing its source.
        await expectUi('a tab for the page', () => page.locator('.editor-group-container .tab', { hasText: 'generic-phrase.md' }).first().waitFor({ state: 'visible', timeout: WAIT_MS }));
        const heading = page.frameLocator('.webview.ready').last().frameLocator('#active-frame').locator('h1', { hasText: 'generic-phrase' });
        await expectUi('the page rendered', () => heading.waitFor({ state: 'visible', timeout: WAIT_MS }));
        if (await page.locator('.editor-group-container.active .monaco-editor .view-lines', { hasText: '# `generic-phrase`' }).count()) throw new Error('the page opened as Markdown source');
        await screenshot(page, 'install-rule-page');
      }],
    ],
  };
}

/**
 * 9. Install in the browser: a web build of VS Code with no server-side extension host, as
 * vscode.dev is. "Developer: Install Extension from Location…" installs the packaged files
 * (the production web bundle); the walkthrough opens by itself, and works.
 */
function webInstallJourney(page, location) {
  return {
    name: 'Install in the browser',
    steps: [
      ['F1 → "Developer: Install Extension from Location…" → the packaged files: it installs', async () => {
        // The command is offered once the workbench knows where extensions go: the Extensions
        // view brings that about; until then, close the palette and look again.
        await page.keyboard.press('Control+Shift+X');
        const command = quickInput(page).locator('.monaco-list-row.focused', { hasText: 'Install Extension from Location' });
        await until(async () => {
          await openPalette(page);
          await page.keyboard.type('Install Extension from Location');
          if (await command.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return true;
          await page.keyboard.press('Escape');
          return false;
        }, '"Developer: Install Extension from Location…" in the command palette', 60_000);
        await page.keyboard.press('Enter');
        const input = quickInput(page).locator('input');
        await expectUi('the box for the location', () => input.waitFor({ state: 'visible', timeout: WAIT_MS }));
        await input.fill(location);
        await page.keyboard.press('Enter');
      }],
      ['the walkthrough opens by itself, with its image, and its first button works', async () => {
        // VS Code opens a newly installed extension's walkthrough (workbench.welcomePage.walkthroughs.openOnInstall).
        const walkthrough = page.locator('.gettingStartedContainer').filter({ hasText: 'Which LinkedIn account do you have?' });
        await expectUi('the walkthrough, with nothing done since the install', () => walkthrough.waitFor({ state: 'visible', timeout: 60_000 }));
        // With the Extensions view still open, the image has no room beside the steps.
        await closeSideBar(page);
        await expectWalkthroughImage(page);
        await screenshot(page, 'web-install-walkthrough');
        // The installed web bundle's own command, run from the button.
        await walkthrough.getByRole('button', { name: 'Premium: 300 characters', exact: true }).filter({ visible: true }).first().click();
        await expectUi('the account step checked off', () =>
          walkthrough.locator('.getting-started-step[data-step-id$="#account"][aria-checked="true"]').waitFor({ state: 'attached', timeout: WAIT_MS }));
      }],
    ],
  };
}

/** Runs one journey's steps in order, one output line each; the first failure ends the journey. */
async function runJourney(page, journey) {
  let failed = false;
  for (const [name, step] of journey.steps) {
    if (run.finishing) return false;
    if (failed) {
      console.log(`- ${journey.name}: ${name} (not run)`);
      continue;
    }
    try {
      await step();
      console.log(`✓ ${journey.name}: ${name}`);
    } catch (error) {
      failed = true;
      console.log(`✗ ${journey.name}: ${name}\n    ${String(error?.message ?? error).split('\n')[0]}`);
      if (VERBOSE) console.log(String(error?.message ?? error));
      const slug = journey.name.toLowerCase().replace(/\W+/g, '-');
      await screenshot(page, `failed-${slug}`).catch(() => {});
    }
  }
  if (failed) totals.failed += 1;
  else totals.passed += 1;
  return !failed;
}

// ---------------------------------------------------------------------------------------------

/** A fresh, empty workspace folder with the files the journeys open. */
function makeWorkspace() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'invite-writer-ui-'));
  fs.writeFileSync(path.join(folder, FILES.snippet), '');
  fs.writeFileSync(path.join(folder, FILES.squiggle), '');
  fs.writeFileSync(path.join(folder, FILES.finished), FINISHED_INVITE);
  fs.writeFileSync(path.join(folder, FILES.unfinished), UNFINISHED_INVITE);
  fs.writeFileSync(path.join(folder, FILES.people), PEOPLE_INVITE);
  fs.writeFileSync(path.join(folder, FILES.ruleLink), `Hi Dana, ${STOCK_SENTENCE}\n`);
  return folder;
}

/**
 * Journeys 8 and 9 need VS Codes of their own, without the extension loaded for development:
 * this packages the extension (`vsce package`, which builds dist/ for production first), starts
 * a second code-server and installs the .vsix there, then serves the packaged files to a web
 * build of VS Code (@vscode/test-web, no server-side extension host) and installs them there
 * from their location, as vscode.dev does.
 */
async function runInstallJourneys(host, browser, workspace) {
  const packageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invite-writer-package-'));
  run.onCleanup(() => fs.rmSync(packageDir, { recursive: true, force: true }));
  const vsix = path.join(packageDir, 'invite-writer.vsix');
  const packaged = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  const listed = packaged.status === 0 ? spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }) : packaged;
  if (listed.status !== 0) {
    console.log(`✗ Install: vsce failed\n${listed.stdout}${listed.stderr}`);
    totals.failed += 1;
    return;
  }
  // The same files as in the .vsix, in a folder the web server mounts.
  const unpacked = path.join(packageDir, 'mount', 'invite-writer');
  for (const file of listed.stdout.split('\n').map((line) => line.trim()).filter(Boolean)) {
    fs.mkdirSync(path.dirname(path.join(unpacked, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(unpacked, file));
  }

  const server = await startServer({ node: host.node, entry: host.entry, userSettings: USER_SETTINGS, verbose: VERBOSE });
  run.onCleanup(server.stop);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
  run.onCleanup(() => context.close());
  const page = await context.newPage();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await expectUi('the second workbench', () => page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 }));
  await runJourney(page, installJourney(page, vsix));
  await context.close();
  await server.stop();

  const webHost = await ensureWebHost();
  const webServer = await startWebServer(webHost, { folderPath: path.dirname(unpacked), verbose: VERBOSE });
  run.onCleanup(() => webServer.dispose());
  const webContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
  run.onCleanup(() => webContext.close());
  const webPage = await webContext.newPage();
  await webPage.goto(`${webServer.url}/`, { waitUntil: 'domcontentloaded' });
  await expectUi('the web workbench', () => webPage.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 }));
  await runJourney(webPage, webInstallJourney(webPage, `${webServer.url}/static/mount/invite-writer`));
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing; run `node esbuild.js` first');
  if (!(TIMEOUT_SECONDS > 0)) throw new Error(`INVITE_UI_TIMEOUT_SECONDS must be a positive number, not ${process.env.INVITE_UI_TIMEOUT_SECONDS}`);
  setTimeout(() => run.finish(1, `the run took longer than ${TIMEOUT_SECONDS} s (INVITE_UI_TIMEOUT_SECONDS)`), TIMEOUT_SECONDS * 1000).unref();

  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const workspace = makeWorkspace();
  run.onCleanup(() => fs.rmSync(workspace, { recursive: true, force: true, maxRetries: 3 }));

  const host = await ensureHost();
  const server = await startServer({ node: host.node, entry: host.entry, userSettings: USER_SETTINGS, verbose: VERBOSE });
  run.onCleanup(server.stop);
  server.exited.then((info) => run.finish(1, serverExitReason(server, info)));

  const browser = await launchBrowser(host.chromium);
  run.onCleanup(() => browser.close());
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'dark' });
  run.onCleanup(() => context.close());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.on('crash', () => run.finish(1, 'the workbench page crashed'));
  if (VERBOSE) page.on('console', (message) => console.error(`[page ${message.type()}] ${message.text()}`));

  // The extension in development mode, as F5 would load it; no tests path: the user drives.
  await page.goto(workbenchUrl(server, { folder: workspace }), { waitUntil: 'domcontentloaded' });
  await expectUi('the workbench', () => page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: 60_000 }));
  await expectDarkTheme(page);
  await expectUi('the workspace files in the Explorer', () =>
    page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILES.finished }).waitFor({ state: 'visible', timeout: 60_000 }));

  // More room for the editor and what pops up over it; the journeys open files with Quick Open.
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await expectUi('the side bar to close', () => page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: WAIT_MS }));

  const journeys = [snippetJourney(page, workspace), squiggleJourney(page, workspace), copyJourney(page), copyQuestionJourney(page), previewJourney(page), newInviteJourney(page, server), walkthroughJourney(page)]
    .filter((journey) => ONLY === undefined || ONLY.toLowerCase().split(',').includes(journey.name.toLowerCase()));
  if (journeys.length === 0 && ONLY?.toLowerCase() !== 'install') throw new Error(`no journey is called "${ONLY}"`);
  for (const [index, journey] of journeys.entries()) {
    if (run.finishing) return;
    if (index > 0) {
      try {
        await closeAllEditors(page);
        await closePanel(page);
      } catch (error) {
        if (run.finishing) return;
        console.log(`(could not reset the workbench before ${journey.name}: ${error.message})`);
      }
    }
    await runJourney(page, journey);
  }
  if (!run.finishing && (ONLY === undefined || ONLY.toLowerCase() === 'install')) await runInstallJourneys(host, browser, workspace);
  if (UPDATE_IMAGES) console.log(`updated ${path.relative(ROOT, IMAGES_DIR)}/`);
  await run.finish(totals.failed === 0 ? 0 : 1);
}

run.start(main);
