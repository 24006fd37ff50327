// `npm start`: make sure the timeline data is fresh, build the app and serve it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run';

const data = 'public/data/timeline.json';
const newestSeed = Math.max(
  ...readdirSync('seeds').map((f) => statSync(join('seeds', f)).mtimeMs),
  statSync('src/extract').mtimeMs,
);
if (!existsSync(data) || statSync(data).mtimeMs < newestSeed) {
  console.log('Extracting the timeline from seeds/ …');
  if (run('npm', ['run', '-s', 'extract']) !== 0) {
    console.error('Extraction reported problems (see above); serving what was written.');
    if (!existsSync(data)) process.exit(1);
  }
}
if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
console.log('\nThe explorer is at http://localhost:4173/  (Ctrl+C to stop)\n');
process.exit(run('npx', ['vite', 'preview', '--port', '4173', '--strictPort']));
