import type { Rule } from '../rule';
import { genericPhrase } from './genericPhrase';
import { missingContext } from './missingContext';
import { overLimit } from './overLimit';
import { placeholder } from './placeholder';
import { templateError } from './templateError';

/** Every rule, in the order their findings are listed for the same position. */
export const RULES: readonly Rule[] = [templateError, placeholder, overLimit, genericPhrase, missingContext];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
