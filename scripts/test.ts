// `npm test`: every test (server, then Chromium end-to-end) in one vitest run; ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const reportFile = path.resolve('.test-results/vitest.json');
fs.mkdirSync(path.dirname(reportFile), { recursive: true });
fs.rmSync(reportFile, { force: true });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: the end-to-end tests need it (apt-get install -y chromium).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);

type Report = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { status: string }[] }[];
};
if (!fs.existsSync(reportFile)) {
  console.error('vitest wrote no report');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
const e2ePassed = report.testResults
  .filter((f) => f.name.includes(`${path.sep}tests${path.sep}e2e${path.sep}`))
  .flatMap((f) => f.assertionResults)
  .filter((a) => a.status === 'passed').length;

let failed = report.numFailedTests;
const filtered = process.argv.length > 2;
if (!filtered && e2ePassed === 0) {
  console.error('No end-to-end test passed: the Chromium journeys did not run.');
  failed += 1;
}
if (report.numPendingTests + report.numTodoTests > 0) {
  console.error(
    `${report.numPendingTests + report.numTodoTests} tests were skipped or todo: a skipped test proves nothing.`,
  );
  failed += 1;
}
console.log(`\nend-to-end: ${e2ePassed} passed`);
console.log(`${report.numPassedTests} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
