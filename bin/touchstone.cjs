#!/usr/bin/env node
// The `touchstone` command: runs the built CLI (out/main/cli.cjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'out', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('Touchstone is not built yet: run npm install (or npm run build)\n');
  process.exit(1);
}
require(cli);
