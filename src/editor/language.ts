import type * as vscode from 'vscode';

export const LANGUAGE_ID = 'invite';
export const INVITE_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function isInvite(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
