// Runs before `npm start` and `npm test`: a fresh clone gets its dependencies installed first,
// so the README can promise exactly two commands.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const ready = existsSync('node_modules/.package-lock.json') && existsSync('lib/cli.js');
if (!ready) {
  console.error('reprisal: installing dependencies (first run)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
