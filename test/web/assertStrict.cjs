// The web worker's stand-in for Node's `assert/strict` (esbuild.js maps that import here):
// the strict mode of the `assert` package, a port of Node's module to browsers.
module.exports = require('assert').strict;
