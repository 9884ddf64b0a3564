import type * as vscode from 'vscode';

/** Above this many characters a document is linted on open and save only, never on each keystroke. */
export const LARGE_DOCUMENT_CHARS = 256 * 1024;
/**
 * Above this many characters a document is not checked or counted at all: linting it would
 * hold up the extension host for longer than a keystroke should ever wait, and no invitation
 * note comes near it (the note box takes 300 characters).
 */
export const MAX_CHECKED_CHARS = 1024 * 1024;

/** The document's length without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  const lastLine = document.lineAt(document.lineCount - 1);
  return document.offsetAt(lastLine.range.end);
}

/** Whether a document is too large to lint on each keystroke: it is linted on open and save only. */
export function isLargeDocument(document: vscode.TextDocument): boolean {
  return documentLength(document) > LARGE_DOCUMENT_CHARS;
}

/** Whether a document is too large to check or count at all. */
export function isTooLargeToCheck(document: vscode.TextDocument): boolean {
  return documentLength(document) > MAX_CHECKED_CHARS;
}

/** What to tell the user, once, about a document too large to check. */
export function tooLargeMessage(document: vscode.TextDocument): string {
  return `This document has ${documentLength(document).toLocaleString('en-US')} characters: Invite Writer checks and copies documents of up to ${MAX_CHECKED_CHARS.toLocaleString('en-US')}. An invitation note is at most 300.`;
}
