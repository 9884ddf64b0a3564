import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import * as vsctm from 'vscode-textmate';

// Compiled to out/test/unit, so the repository root is three levels up.
const repoRoot = resolve(__dirname, '..', '..', '..');
const grammarPath = resolve(repoRoot, 'syntaxes', 'invite.tmLanguage.json');

// vscode-oniguruma ships without type declarations; describe the part used here.
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (sources: string[]) => vsctm.OnigScanner;
  OnigString: new (text: string) => vsctm.OnigString;
}
const oniguruma = createRequire(__filename)('vscode-oniguruma') as Oniguruma;

const PLACEHOLDER = 'invalid.deprecated.placeholder.invite';
const FRONT_MATTER = 'meta.embedded.block.frontmatter';

/**
 * Stands in for VS Code's YAML grammar so the tests run without an editor. It has a
 * multi-line construct (a double-quoted string) on purpose: front matter must still end
 * at its closing --- when the YAML inside is unfinished.
 */
const yamlStub = {
  scopeName: 'source.yaml',
  patterns: [
    {
      match: '^\\s*([\\w-]+)\\s*(:)',
      captures: {
        1: { name: 'entity.name.tag.yaml' },
        2: { name: 'punctuation.separator.key-value.mapping.yaml' },
      },
    },
    { name: 'string.quoted.double.yaml', begin: '"', end: '"' },
    { name: 'comment.line.number-sign.yaml', match: '#.*$' },
  ],
};

interface Token {
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(resolve(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  const onigLib = oniguruma
    .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer)
    .then(() => ({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }));
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.invite') return vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
      if (scopeName === 'source.yaml') return vsctm.parseRawGrammar(JSON.stringify(yamlStub), 'yaml-stub.json');
      return null;
    },
  });
  const loaded = await registry.loadGrammar('text.invite');
  assert.ok(loaded, 'grammar text.invite did not load');
  return loaded;
}

/** Tokenizes a whole document, line by line, as the editor does. */
function tokenize(source: string): Token[][] {
  let state = vsctm.INITIAL;
  return source.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function describeLine(line: Token[]): string {
  return line.map((t) => `  ${JSON.stringify(t.text)}: ${t.scopes.join(' ')}`).join('\n');
}

/** The scopes of the token whose text is exactly `text` on line `lineNo`. */
function scopesOf(lines: Token[][], lineNo: number, text: string): string[] {
  const line = lines[lineNo];
  assert.ok(line, `no line ${lineNo}`);
  const token = line.find((t) => t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${lineNo}; tokens were:\n${describeLine(line)}`);
  return token.scopes;
}

function assertScope(lines: Token[][], lineNo: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, lineNo, text);
  assert.ok(scopes.includes(scope), `${JSON.stringify(text)} should have ${scope}, had: ${scopes.join(' ')}`);
}

function assertNoScope(lines: Token[][], lineNo: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, lineNo, text);
  assert.ok(!scopes.some((s) => s === scope || s.startsWith(`${scope}.`)), `${JSON.stringify(text)} should not have ${scope}, had: ${scopes.join(' ')}`);
}

/** Every token on every line is bare text: no scope beyond the grammar's own. */
function assertPlain(source: string): void {
  tokenize(source).forEach((line, i) => {
    for (const token of line) {
      assert.deepEqual(token.scopes, ['text.invite'], `line ${i} ${JSON.stringify(token.text)} was coloured:\n${describeLine(line)}`);
    }
  });
}

describe('invite grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  describe('front matter', () => {
    const doc = ['---', 'name: Dana Whitfield', 'relationship: event', '---', 'Hi {{name}}, good to meet you.'].join('\n');

    it('scopes the delimiters as punctuation outside the embedded YAML', () => {
      const lines = tokenize(doc);
      assertScope(lines, 0, '---', 'punctuation.definition.frontmatter.begin.invite');
      assertScope(lines, 0, '---', 'meta.frontmatter.invite');
      assertNoScope(lines, 0, '---', FRONT_MATTER);
      assertScope(lines, 3, '---', 'punctuation.definition.frontmatter.end.invite');
      assertNoScope(lines, 3, '---', FRONT_MATTER);
    });

    it('embeds YAML between the delimiters', () => {
      const lines = tokenize(doc);
      assertScope(lines, 1, 'name', FRONT_MATTER);
      assertScope(lines, 1, 'name', 'entity.name.tag.yaml');
      assertScope(lines, 2, 'relationship', 'entity.name.tag.yaml');
      assertScope(lines, 2, ' event', FRONT_MATTER);
    });

    it('returns to the template after the closing delimiter', () => {
      const lines = tokenize(doc);
      assert.deepEqual(scopesOf(lines, 4, 'Hi '), ['text.invite']);
      assertScope(lines, 4, 'name', 'variable.other.invite');
      assertNoScope(lines, 4, 'name', FRONT_MATTER);
    });

    it('ends at the closing --- even inside an unfinished YAML string', () => {
      const lines = tokenize(['---', 'context: "your talk on', 'error budgets', '---', 'Hi Dana'].join('\n'));
      assertScope(lines, 2, 'error budgets', 'string.quoted.double.yaml');
      assertScope(lines, 3, '---', 'punctuation.definition.frontmatter.end.invite');
      assert.deepEqual(scopesOf(lines, 4, 'Hi Dana'), ['text.invite']);
    });

    it('allows empty front matter', () => {
      const lines = tokenize(['---', '---', 'Hi Dana'].join('\n'));
      assertScope(lines, 1, '---', 'punctuation.definition.frontmatter.end.invite');
      assert.deepEqual(scopesOf(lines, 2, 'Hi Dana'), ['text.invite']);
    });

    it('is not started by a --- later in the body', () => {
      const lines = tokenize(['Hi Dana,', '---', 'name: not yaml', '---', 'Best, Sam'].join('\n'));
      assert.deepEqual(scopesOf(lines, 1, '---'), ['text.invite']);
      assert.deepEqual(scopesOf(lines, 2, 'name: not yaml'), ['text.invite']);
    });

    it('is not started by a first line that only begins with ---', () => {
      assertPlain(['--- hi there', 'name: Dana', '---'].join('\n'));
      assertPlain(['', '---', 'name: Dana', '---'].join('\n'));
    });
  });

  describe('mustache tags', () => {
    it('scopes a variable and its braces', () => {
      const lines = tokenize('Hi {{name}}, and {{ company }} too');
      assertScope(lines, 0, '{{', 'punctuation.definition.tag.begin.invite');
      assertScope(lines, 0, '{{', 'meta.tag.variable.invite');
      assertScope(lines, 0, 'name', 'variable.other.invite');
      assertScope(lines, 0, '}}', 'punctuation.definition.tag.end.invite');
      assertScope(lines, 0, 'company', 'variable.other.invite');
      assert.deepEqual(scopesOf(lines, 0, 'Hi '), ['text.invite']);
    });

    it('scopes the parts of a dotted name', () => {
      const lines = tokenize('at {{company.name}}, {{.}}');
      assertScope(lines, 0, 'company', 'variable.other.invite');
      assertScope(lines, 0, '.', 'punctuation.accessor.invite');
      assertScope(lines, 0, 'name', 'variable.other.invite');
      const iterator = lines[0].filter((t) => t.text === '.');
      assert.ok(iterator.some((t) => t.scopes.includes('variable.other.invite') && !t.scopes.includes('punctuation.accessor.invite')), 'the implicit iterator {{.}} is a variable');
    });

    it('scopes triple mustache and {{& }} as unescaped variables', () => {
      const lines = tokenize('{{{company}}} and {{& team.lead }}');
      assertScope(lines, 0, '{{{', 'punctuation.definition.tag.begin.invite');
      assertScope(lines, 0, 'company', 'variable.other.invite');
      assertScope(lines, 0, 'company', 'meta.tag.variable.unescaped.invite');
      assertScope(lines, 0, '}}}', 'punctuation.definition.tag.end.invite');
      assertScope(lines, 0, '&', 'keyword.operator.unescaped.invite');
      assertScope(lines, 0, 'team', 'variable.other.invite');
      assertScope(lines, 0, 'lead', 'variable.other.invite');
    });

    it('scopes sections, inverted sections and closing tags', () => {
      const lines = tokenize('Hi {{#name}}{{name}}{{/name}}{{^name}}there{{/name}}, {{# company.team }}');
      assertScope(lines, 0, '#', 'keyword.control.section.begin.invite');
      assertScope(lines, 0, '^', 'keyword.control.section.inverted.invite');
      assertScope(lines, 0, '/', 'keyword.control.section.end.invite');
      const sectionNames = lines[0].filter((t) => t.text === 'name' && t.scopes.includes('entity.name.section.invite'));
      assert.equal(sectionNames.length, 4, describeLine(lines[0]));
      const variableNames = lines[0].filter((t) => t.text === 'name' && t.scopes.includes('meta.tag.variable.invite'));
      assert.equal(variableNames.length, 1);
      assert.deepEqual(scopesOf(lines, 0, 'there'), ['text.invite']);
      assertScope(lines, 0, 'company', 'entity.name.section.invite');
      assertScope(lines, 0, '.', 'punctuation.accessor.invite');
      assertScope(lines, 0, 'team', 'entity.name.section.invite');
    });

    it('scopes a one-line comment', () => {
      const lines = tokenize('{{! note to self }}Hi');
      assertScope(lines, 0, '{{!', 'punctuation.definition.comment.begin.invite');
      assertScope(lines, 0, ' note to self ', 'comment.block.invite');
      assertScope(lines, 0, '}}', 'punctuation.definition.comment.end.invite');
      assert.deepEqual(scopesOf(lines, 0, 'Hi'), ['text.invite']);
    });

    it('scopes a multi-line comment, without placeholders inside it', () => {
      const lines = tokenize(['Hi {{! ask Sam', 'for her [Name] first, TODO', 'done }} there'].join('\n'));
      assertScope(lines, 0, ' ask Sam', 'comment.block.invite');
      assertScope(lines, 1, 'for her [Name] first, TODO', 'comment.block.invite');
      assertNoScope(lines, 1, 'for her [Name] first, TODO', 'invalid');
      assertScope(lines, 2, '}}', 'punctuation.definition.comment.end.invite');
      assert.deepEqual(scopesOf(lines, 2, ' there'), ['text.invite']);
    });

    it('marks invite-disable directives inside comments', () => {
      const lines = tokenize('{{! invite-disable-next-line generic-phrase }}');
      assertScope(lines, 0, 'invite-disable-next-line', 'keyword.other.directive.invite');
      assertScope(lines, 0, 'invite-disable-next-line', 'comment.block.invite');
    });

    it('treats any other complete tag as a tag', () => {
      const lines = tokenize('{{> signature}} {{first name}}');
      assertScope(lines, 0, '> signature', 'meta.tag.other.invite');
      assertScope(lines, 0, 'first name', 'meta.tag.other.invite');
      assertNoScope(lines, 0, 'first name', 'invalid');
    });
  });

  describe('unfilled placeholders', () => {
    const cases: Array<[string, string]> = [
      ['Hi [Name], thanks!', '[Name]'],
      ['Best, [Your Name]', '[Your Name]'],
      ['your work at {Company} is', '{Company}'],
      ['we met at <event> last week', '<event>'],
      ['loved your post on XXX', 'XXX'],
      ['TODO add the event', 'TODO'],
      ['Dear INSERT NAME HERE,', 'INSERT NAME HERE'],
      ['we met at ____ and', '____'],
    ];
    for (const [line, placeholder] of cases) {
      it(`marks ${placeholder}`, () => {
        const lines = tokenize(line);
        assertScope(lines, 0, placeholder, PLACEHOLDER);
        for (const token of lines[0]) {
          if (token.text !== placeholder) assert.deepEqual(token.scopes, ['text.invite'], `${JSON.stringify(token.text)} in ${JSON.stringify(line)}`);
        }
      });
    }

    it('does not mark a {{variable}} as a {placeholder}', () => {
      const lines = tokenize('Hi {{name}} and {{{company}}}, {{#x}}y{{/x}}');
      for (const token of lines[0]) {
        assert.ok(!token.scopes.some((s) => s.startsWith('invalid')), `${JSON.stringify(token.text)}: ${token.scopes.join(' ')}`);
      }
    });

    it('does not mark placeholders inside front matter', () => {
      const lines = tokenize(['---', 'name: TODO', '---', 'Hi TODO'].join('\n'));
      assertNoScope(lines, 1, ' TODO', 'invalid');
      assertScope(lines, 3, 'TODO', PLACEHOLDER);
    });
  });

  describe('ordinary prose', () => {
    it('leaves apostrophes and quotes alone', () => {
      assertPlain("Hi Dana, I'm sure you'd enjoy Sam's talk. We didn't meet, but it's “great” and 'fun'.");
    });

    it('leaves an email in angle brackets alone', () => {
      assertPlain('Write to me at <dana@example.com> any time.');
    });

    it('leaves URLs, snake_case, numbers and comparisons alone', () => {
      assertPlain('See https://example.com/a_b?x=1 or <https://example.com/talk>.');
      assertPlain('Footnote [1], 3 < 4 and 5 > 2, a todo list, XX and Xbox.');
    });

    it('leaves a lone brace or an unfinished tag alone', () => {
      assertPlain('Typing {{na and a } brace');
    });
  });
});
