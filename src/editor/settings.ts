import * as vscode from 'vscode';
import { DEFAULT_LIMIT, RULE_IDS, SEVERITIES, usablePhrases, type LintOptions } from '../core';

/** Setting names, in one place: they are a contract with users' settings files. */
export const SECTION = 'invite';
export const SETTING = {
  characterLimit: 'characterLimit',
  rules: 'rules',
  extraGenericPhrases: 'extraGenericPhrases',
  language: 'language',
} as const;

export interface InviteSettings {
  lintOptions: LintOptions;
  /** Human-readable problems with the settings' values, to show once. */
  problems: string[];
}

/**
 * Reads and checks the `invite.*` settings for a document. Invalid values are ignored, never
 * fatal: the linter falls back to defaults and the caller reports the problems once.
 */
export function readSettings(scope?: vscode.ConfigurationScope): InviteSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const problems: string[] = [];

  const rawLimit = config.get<unknown>(SETTING.characterLimit, DEFAULT_LIMIT);
  let limit = DEFAULT_LIMIT;
  if (typeof rawLimit === 'number' && Number.isInteger(rawLimit) && rawLimit > 0) limit = rawLimit;
  else problems.push(`invite.characterLimit must be a positive whole number; using ${DEFAULT_LIMIT}.`);

  const rawRules = config.get<unknown>(SETTING.rules, {});
  const rules: Record<string, unknown> = {};
  if (typeof rawRules === 'object' && rawRules !== null && !Array.isArray(rawRules)) {
    for (const [id, value] of Object.entries(rawRules)) {
      if (!RULE_IDS.includes(id)) {
        problems.push(`invite.rules: there is no rule "${id}". The rules are ${RULE_IDS.join(', ')}.`);
      } else if (value !== 'off' && !(SEVERITIES as readonly unknown[]).includes(value)) {
        problems.push(`invite.rules.${id} must be one of ${[...SEVERITIES, 'off'].join(', ')}; using the rule's default.`);
      } else {
        rules[id] = value;
      }
    }
  } else if (rawRules !== undefined && rawRules !== null) {
    problems.push('invite.rules must be an object such as { "missing-context": "info" }; using the defaults.');
  }

  const rawPhrases = config.get<unknown>(SETTING.extraGenericPhrases, []);
  let phrases: string[] = [];
  if (Array.isArray(rawPhrases)) {
    phrases = rawPhrases.filter((p): p is string => typeof p === 'string');
    const usable = usablePhrases(rawPhrases).length;
    const strings = rawPhrases.filter((p) => typeof p === 'string' && p.trim()).length;
    if (usable < strings || strings < rawPhrases.length) {
      problems.push(`invite.extraGenericPhrases: ${rawPhrases.length - usable} of ${rawPhrases.length} entries are not usable (not text, blank, too long, repeated, or past the first 500) and are ignored.`);
    }
  } else if (rawPhrases !== undefined && rawPhrases !== null) {
    problems.push('invite.extraGenericPhrases must be a list of phrases; ignoring it.');
  }

  const rawLanguage = config.get<unknown>(SETTING.language, 'auto');
  let language = 'auto';
  if (typeof rawLanguage === 'string' && (rawLanguage === 'auto' || /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(rawLanguage))) language = rawLanguage;
  else problems.push('invite.language must be auto or a language code such as en, de or pt-BR; detecting the language instead.');

  return { lintOptions: { limit, rules, extraGenericPhrases: phrases, language }, problems };
}

/**
 * Shows each distinct settings problem once per session: a broken setting is worth one
 * warning, not one per keystroke.
 */
export class SettingsProblemReporter {
  private readonly shown = new Set<string>();

  constructor(private readonly show: (message: string) => void) {}

  /** Shows the problems not shown before and returns them. */
  report(problems: readonly string[]): string[] {
    const fresh = problems.filter((problem) => !this.shown.has(problem));
    for (const problem of fresh) {
      this.shown.add(problem);
      this.show(problem);
    }
    return fresh;
  }
}

/** Shows a settings problem as a warning with a way to the settings. */
export function showSettingsWarning(problem: string): void {
  const openSettings = 'Open Settings';
  void vscode.window.showWarningMessage(`Invite Writer: ${problem}`, openSettings).then((choice) => {
    if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.`);
  });
}

/** Whether a configuration change concerns these settings. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
