// The gate's runner for ruff's WebAssembly build (@astral-sh/ruff-wasm-nodejs): checks each file with the project's
// settings and prints one JSON document. Usage: node ruff-runner.js <request.json> <folder holding node_modules>.
// request.json: { "settings": {...ruff settings...}, "files": [ { "path": "/abs/file.py", "name": "rel/file.py" } ] }
'use strict';
const fs = require('fs');
const path = require('path');
const [requestFile, modules] = process.argv.slice(2);
const { Workspace, PositionEncoding } = require(path.join(modules, 'node_modules', '@astral-sh', 'ruff-wasm-nodejs'));
const request = JSON.parse(fs.readFileSync(requestFile, 'utf8'));
const result = { version: Workspace.version(), diagnostics: [], unreadable: [] };
let workspace;
try {
  workspace = new Workspace(request.settings, PositionEncoding.Utf32);
} catch (error) {
  process.stdout.write(JSON.stringify({ version: result.version, settingsError: String(error) }));
  process.exit(0);
}
for (const file of request.files) {
  let text;
  try {
    text = fs.readFileSync(file.path, 'utf8');
  } catch (error) {
    result.unreadable.push({ file: file.name, reason: String(error) });
    continue;
  }
  for (const d of workspace.check(text)) {
    result.diagnostics.push({ file: file.name, code: d.code ?? 'syntax', message: d.message, row: d.start_location.row, column: d.start_location.column });
  }
}
process.stdout.write(JSON.stringify(result));
