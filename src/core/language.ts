/**
 * The language of a note: the front matter's `lang:`, else the `invite.language` setting, else
 * detected by eld (https://github.com/nitotm/efficient-language-detector-js, its small
 * n-gram set), which was the most accurate and the fastest of three detectors compared on the
 * corpus (see the changelog). A note too short to detect reliably counts as English, unless
 * the setting says otherwise; a longer one the detector is unsure of (Hindi or Arabic written in
 * Latin letters, a mix of languages) is not recognised, and the wording rules leave it alone.
 */

declare const require: (id: string) => unknown;

/** Languages the wording rules (generic-phrase, missing-context) cover. */
export const WORDING_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'] as const;

/**
 * How much of a note the detector reads, in UTF-16 units. On the corpora and the blind sets
 * (1,363 notes long enough to tell), the first 60 told the language of all but 2 right; the first
 * 100, or the whole note, told all of them, at about 10 µs more per note (`npm run bench`), which
 * takes the lint over its per-note budget.
 */
const DETECTION_SAMPLE = 60;

/**
 * A note with at least 40 letters. Below about 40 letters of Latin script, detection is wrong one
 * time in five on the corpus ("Hi Sam, let's connect!" reads as Catalan): too short to tell.
 * Counted in the note, not in the sample: a note that opens with a name, acronyms and a year ("Oi
 * Rafa, tudo bem? A gente fez o MBA da FGV juntos em 2020, …") has fewer in its first 60 units,
 * and was counted as too short, so English.
 */
const ENOUGH_LETTERS = /^(?:\P{L}*\p{L}){40}/u;

/** Where a note's language came from: `unrecognised` when the detector could not tell it (the code is then `und`). */
export type LanguageSource = 'front matter' | 'setting' | 'detected' | 'default' | 'unrecognised';

/** The code of a language not recognised (BCP 47's "undetermined"). */
export const UNRECOGNISED = 'und';

export interface NoteLanguage {
  /** An ISO 639-1 code: `en`, `de`, `ja`… */
  code: string;
  /** Its English name, for messages: "Japanese". */
  name: string;
  source: LanguageSource;
  /** Whether the wording rules cover it. */
  checked: boolean;
}

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}
let detector: Detector | undefined;

/**
 * The language detected in a text; UNRECOGNISED when the detector is not sure of a sample long
 * enough to tell (on the corpora and the blind sets it was sure of every such English note);
 * undefined when the text is too short to tell.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, DETECTION_SAMPLE);
  // Other scripts than Latin tell sooner.
  if (!ENOUGH_LETTERS.test(text) && !/[^\P{L}\p{Script=Latin}]/u.test(sample)) return undefined;
  // Loaded on first use: its n-gram tables are large, and activation must stay quick.
  detector ??= (require('eld/small') as { eld: Detector }).eld;
  const result = detector.detect(sample);
  return result.isReliable() && result.language ? result.language : UNRECOGNISED;
}

/** A code as the front matter or the setting gives it, if it looks like a language code (`pt`, `pt-BR`). */
export function languageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*([a-z]{2,3})(?:[-_][A-Za-z]{2,4})?\s*$/i.exec(value);
  return match ? match[1].toLowerCase() : undefined;
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The language of a note's text, from the front matter's `lang`, the setting, or the text itself. */
export function languageOf(text: string, frontMatterLang: string | undefined, setting: string | undefined): NoteLanguage {
  const fromSetting = setting === undefined || setting === 'auto' ? undefined : languageCode(setting);
  let code: string;
  let source: LanguageSource;
  if (frontMatterLang) [code, source] = [frontMatterLang, 'front matter'];
  else if (fromSetting) [code, source] = [fromSetting, 'setting'];
  else {
    const detected = detectLanguage(text);
    [code, source] = detected === UNRECOGNISED ? [UNRECOGNISED, 'unrecognised'] : detected ? [detected, 'detected'] : ['en', 'default'];
  }
  const checked = (WORDING_LANGUAGES as readonly string[]).includes(code);
  // The name is for messages and the status item, never read by the rules: Intl.DisplayNames is looked up only when asked.
  return { code, get name() { return code === UNRECOGNISED ? 'not recognised' : (NAMES.of(code) ?? code); }, source, checked };
}
