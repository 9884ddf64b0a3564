import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMIT, NAMED_LIMITS, RULES, SEVERITIES } from '../../src/core';

const ROOT = join(__dirname, '../../..');
/** package.json as committed. */
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rulesSettingSchema } = require(join(ROOT, 'scripts/manifest-schema.cjs'));

describe('package.json', () => {
  it('has the invite.rules schema generated from RULES (npm run manifest writes it)', () => {
    const schema = manifest.contributes.configuration.properties['invite.rules'];
    assert.deepEqual(schema, rulesSettingSchema(RULES, SEVERITIES));
    // Checked by hand too, so a broken generator cannot pass by agreeing with itself.
    assert.deepEqual(Object.keys(schema.properties), ['template-error', 'placeholder', 'over-limit', 'generic-phrase', 'missing-context']);
    assert.deepEqual(schema.properties['missing-context'].enum, ['error', 'warning', 'info', 'hint', 'off']);
    assert.match(schema.properties.placeholder.markdownDescription, /Default: `error`\.$/);
  });

  it("defaults invite.characterLimit to the free account's 200, the core's default", () => {
    const setting = manifest.contributes.configuration.properties['invite.characterLimit'];
    assert.equal(setting.default, 200);
    assert.equal(DEFAULT_LIMIT, 200);
    assert.equal(NAMED_LIMITS.free, 200);
    assert.equal(NAMED_LIMITS.premium, 300);
  });
});
