import type * as vscode from 'vscode';
import { LANGUAGE_ID } from './ids';

export const INVITE_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function isInvite(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
