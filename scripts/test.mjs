// `npm test`: every test layer that can run on this machine, in order, with a
// summary per layer and one closing line. Layers:
//   types     tsc against the real electron.d.ts (node, web and e2e projects)
//   lint      ESLint, including the layering rules of ARCHITECTURE.md
//   node      Vitest: shared/, services (real SQLite, real keychain), glue with typed fakes
//   browser   Playwright + Debian Chromium on the built renderer, preload API bound to real services
//   electron  Playwright _electron specs (skipped, and said so, without an Electron binary)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, root } from './electron-binary.mjs';

const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const node = process.execPath;
const bin = (p) => join(root, 'node_modules', p);
const summary = [];
let failed = false;

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ').replace(root + '/', '')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failed = true;
  return r.status === 0;
}

const only = process.argv.slice(2);
const wants = (layer) => only.length === 0 || only.includes(layer);

if (wants('types')) summary.push(['types', run('types', node, [bin('typescript/bin/tsc'), '-b']) ? 'ok' : 'FAILED']);
if (wants('lint')) summary.push(['lint', run('lint', node, [bin('eslint/bin/eslint.js'), '.']) ? 'ok' : 'FAILED']);

if (wants('node')) {
  const out = join(results, 'node.json');
  run('node', join(root, 'scripts/with-keyring.sh'), [node, bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    summary.push(['node', `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`, r]);
  } else summary.push(['node', 'FAILED (no report)']);
}

if (wants('browser')) {
  const out = join(results, 'browser.json');
  if (run('build', node, [bin('electron-vite/bin/electron-vite.js'), 'build'])) {
    // The harness binds the real services, keychain included.
    run('browser', join(root, 'scripts/with-keyring.sh'), [node, bin('@playwright/test/cli.js'), 'test', '--config', 'tests/browser/playwright.config.ts', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    });
  }
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats;
    summary.push(['browser', `${s.expected} passed, ${s.unexpected} failed, ${s.skipped} skipped${s.flaky ? `, ${s.flaky} flaky` : ''}`, s]);
  } else summary.push(['browser', 'FAILED (no report)']);
}

if (wants('electron')) {
  const ok = run('electron', node, [join(root, 'scripts/test-electron.mjs')]);
  summary.push(['electron', electronBinary() ? (ok ? 'passed' : 'FAILED') : 'SKIPPED: no Electron binary on this machine (see above)']);
}

console.log('\n=== Summary');
let passed = 0;
let failedCount = 0;
let skipped = 0;
for (const [layer, text, raw] of summary) {
  console.log(`  ${layer.padEnd(9)} ${text}`);
  if (raw && 'numPassedTests' in raw) {
    passed += raw.numPassedTests;
    failedCount += raw.numFailedTests;
    skipped += raw.numPendingTests;
  } else if (raw && 'expected' in raw) {
    passed += raw.expected;
    failedCount += raw.unexpected;
    skipped += raw.skipped;
  }
}
if (failed && failedCount === 0) failedCount = 1; // a failing typecheck/lint/build counts as a failure
console.log(`tests: ${passed} passed, ${failedCount} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
