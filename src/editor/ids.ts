/**
 * Ids and constants that more than one editor module uses: the extension's contract with
 * package.json, users' settings and keybindings, in one place.
 */

/** This extension's id (publisher.name in package.json). */
export const EXTENSION_ID = 'invite-writer.invite-writer';
export const LANGUAGE_ID = 'invite';
/** The `source` of every diagnostic this extension publishes. */
export const DIAGNOSTIC_SOURCE = 'invite';
/** How long typing must pause before a document is analysed again. */
export const ANALYSIS_DEBOUNCE_MS = 300;

export const COMMANDS = {
  copy: 'invite.copy',
  newInvite: 'invite.new',
  showPreview: 'invite.showPreview',
  showPreviewToSide: 'invite.showPreviewToSide',
  /** Internal: behind the hover's "disable for this file" link; takes (uri string, rule id). */
  disableRuleForFile: 'invite.disableRuleForFile',
  /** Internal: run after a quick fix's edit; re-checks the invites just edited at once. */
  afterFix: 'invite.afterFix',
  /** The walkthrough's account step; takes `free` or `premium`, or asks. */
  chooseAccount: 'invite.chooseAccount',
  /** The walkthrough's squiggle step: an untitled note with stock wording. */
  openStockSample: 'invite.openStockSample',
} as const;

/** The character count's language status item, with the language and the context in its detail. */
export const STATUS_ITEM_ID = 'invite.characterCount';
/** The character count in the status bar. */
export const STATUS_BAR_ITEM_ID = 'invite.characterCountBar';

/** Where each rule's page is published, for when the installed copy cannot be found. */
export const RULE_DOCS_WEB_BASE = 'https://github.com/invite-writer/invite-writer/blob/main/docs/rules/';
