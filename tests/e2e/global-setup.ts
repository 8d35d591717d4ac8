/**
 * Builds both extension targets once before the end-to-end tests, and fails
 * at once, with instructions, when a test browser is missing.
 */
import { execFileSync } from 'node:child_process';
import { browserPath } from '../support/browsers';

export default function setup() {
  browserPath('chromium');
  browserPath('firefox');
  if (process.env.RL_SKIP_BUILD) return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
