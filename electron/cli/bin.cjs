#!/usr/bin/env node
'use strict';
// `npx habeas …` from a source checkout: compile the TypeScript CLI on the fly with tsx.
// Packaged builds bundle the same sources instead (see docs/cli.md).
require('tsx/cjs/api').register();
const { main } = require('./main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`habeas: unexpected failure: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
