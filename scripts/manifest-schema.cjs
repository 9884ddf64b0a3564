// The parts of package.json that come from the core's own data (see generate-manifest.mjs).

/** The `invite.rules` setting's schema: one entry per rule, from RULES and SEVERITIES. */
function rulesSettingSchema(rules, severities) {
  return {
    type: 'object',
    default: {},
    markdownDescription: 'Severity per rule id, or `"off"`. For example `{ "missing-context": "info" }`.',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, {
      type: 'string',
      enum: [...severities, 'off'],
      markdownDescription: `${rule.summary} Default: \`${rule.defaultSeverity}\`.`,
    }])),
    additionalProperties: false,
  };
}

module.exports = { rulesSettingSchema };
