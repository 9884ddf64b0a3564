// Writes the parts of package.json that come from the core's own data, so each fact has one
// source: the `invite.rules` setting's schema comes from RULES and SEVERITIES.
// Usage: npm run manifest. A unit test fails when the committed package.json differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES, SEVERITIES } = require('../dist/core.js');
const { rulesSettingSchema } = require('./manifest-schema.cjs');

const path = new URL('../package.json', import.meta.url);
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.contributes.configuration.properties['invite.rules'] = rulesSettingSchema(RULES, SEVERITIES);
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
console.log('package.json: invite.rules generated from the rules.');
