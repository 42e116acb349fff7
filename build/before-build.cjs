// electron-builder `beforeBuild` hook (runs before any app file is copied).
// 1. Writes the third-party licence notices shipped as resources/licenses/.
// 2. Resolves to false: "node_modules are handled outside electron-builder". out/ is self-contained
//    (esbuild bundles the main process and preload with only `electron` external; Vite bundles the
//    renderer), so nothing is installed, rebuilt or copied from node_modules into app.asar.
//    scripts/pack-check.mjs proves both halves: no node_modules in app.asar, and no require() in the
//    packaged bundles that node_modules would have to satisfy.
'use strict';
const { writeNotices } = require('./notices.cjs');

module.exports = async function beforeBuild(context) {
  writeNotices(context.appDir);
  return false;
};
