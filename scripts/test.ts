// `npm test`: every check and every test runner, then one line `N passed, N failed`
// summed over all of them (CI reads that line; vitest's own summary is per runner).
import { mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { run } from './run';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
const stages: string[] = [];

/** Runs one stage and notes how long it took (printed together at the end). */
function timed(name: string, stage: () => void): void {
  const t0 = performance.now();
  stage();
  const line = `${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  stages.push(line);
  console.log(`⏱ ${line}`);
}

function check(name: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${name}`);
  if (run(cmd, args) === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed`);
  }
}

function vitest(project: string): void {
  const report = `test-results/${project}.json`;
  rmSync(report, { force: true });
  console.log(`\n▶ vitest ${project}`);
  const code = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed++; // the runner died before reporting: count the runner itself as a failure
    console.error(`✗ vitest ${project} wrote no report (exit ${code})`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTotalTestSuites: number;
    testResults: { status: string }[];
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that fails to load has no tests in it but must still fail the run.
  failed +=
    r.testResults.filter((s) => s.status === 'failed').length && r.numFailedTests === 0 ? 1 : 0;
  if (r.numPendingTests > 0) {
    failed += r.numPendingTests;
    console.error(`✗ ${r.numPendingTests} skipped or todo tests in ${project}: not allowed`);
  }
  if (code !== 0 && r.numFailedTests === 0) failed++;
}

timed('typecheck', () => check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
timed('lint', () => check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']));
timed('format', () => check('format', 'npx', ['prettier', '--check', '.']));
timed('unit tests', () => vitest('unit'));
timed('end-to-end tests', () => vitest('e2e'));

console.log(`\nStage times: ${stages.join(', ')}`);
const line = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${line}\n`);
console.log(`\n${line}`);
process.exit(failed === 0 ? 0 : 1);
