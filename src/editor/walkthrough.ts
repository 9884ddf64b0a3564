import * as vscode from 'vscode';
import { NAMED_LIMITS } from '../core';
import { COMMANDS, LANGUAGE_ID } from './ids';
import { SECTION, SETTING } from './settings';

/**
 * The commands behind the "Get Started with Invite Writer" walkthrough's buttons
 * (`contributes.walkthroughs` in package.json). The walkthrough's steps complete on these
 * commands and on the setting changing; VS Code opens it on install.
 */

/** The accounts the first step offers, with the note box each has (see NAMED_LIMITS). */
const ACCOUNTS = [
  { id: 'free', label: 'Free account', detail: `${NAMED_LIMITS.free} characters per note` },
  { id: 'premium', label: 'Premium or Sales Navigator', detail: `${NAMED_LIMITS.premium} characters per note` },
] as const;

/**
 * A note with LinkedIn's stock wording, for the "read a squiggle and fix it" step: it gets
 * `generic-phrase` and `missing-context` squiggles, each with a quick fix.
 */
const STOCK_SAMPLE = "Hi Jordan,\nI came across your profile and I'd like to add you to my professional network on LinkedIn.\nBest, Sam\n";

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.chooseAccount, (account?: unknown) => chooseAccount(account)),
    vscode.commands.registerCommand(COMMANDS.openStockSample, openStockSample),
  );
}

/**
 * Sets `invite.characterLimit` in the user settings to the account's note box, asking which
 * account when the argument names none. Resolves to the limit set, or undefined if cancelled.
 */
async function chooseAccount(argument: unknown): Promise<number | undefined> {
  let account = ACCOUNTS.find((choice) => choice.id === argument);
  if (!account) {
    account = await vscode.window.showQuickPick(ACCOUNTS.map((choice) => ({ ...choice })), {
      title: 'Which LinkedIn account do you send invitations from?',
      placeHolder: 'Invite Writer counts each note against its note box',
    });
    if (!account) return undefined;
  }
  const limit = NAMED_LIMITS[account.id];
  await vscode.workspace.getConfiguration(SECTION).update(SETTING.characterLimit, limit, vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(
    `Invite Writer now counts notes against ${limit} characters (${account.label.toLowerCase()}). A note's front matter can still say \`limit: free\` or \`limit: premium\`.`,
  );
  return limit;
}

/** Opens an untitled invite holding STOCK_SAMPLE, so there is a squiggle to read and fix. */
async function openStockSample(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: STOCK_SAMPLE });
  await vscode.window.showTextDocument(document);
}
