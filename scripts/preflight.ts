/**
 * What `npm start` and `npm test` need from the system, checked before they
 * start: Debian's `chromium` and `firefox-esr`, and `xvfb` (for `xvfb-run`)
 * where a browser window must open with no display. A missing package is
 * installed when we are root and apt-get is there (as .ci/run does);
 * otherwise the run stops and prints the one command that installs it.
 * Never a silent skip.
 *
 * The system is reached only through `System`, so the tests inject it.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { BROWSER_CANDIDATES, type BrowserName } from '../tests/support/browsers';

export interface System {
  env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  /** Whether a command is on the PATH. */
  onPath(command: string): boolean;
  isRoot: boolean;
  /** Runs a command with its output shown; throws when it fails. */
  run(command: string, args: string[], env?: Record<string, string>): void;
  log(line: string): void;
}

export type Requirement = BrowserName | 'xvfb';

/** The Debian package that provides each requirement. */
export const PACKAGES: Record<Requirement, string> = { chromium: 'chromium', firefox: 'firefox-esr', xvfb: 'xvfb' };

/** A problem no package install fixes (a *_PATH variable pointing nowhere). */
export class PreflightError extends Error {}

/** Whether a requirement is met; a browser whose *_PATH variable names a missing file is an error, not something to install. */
export function isPresent(requirement: Requirement, system: System): boolean {
  if (requirement === 'xvfb') return system.onPath('xvfb-run');
  const { variable, paths } = BROWSER_CANDIDATES[requirement];
  const fromEnv = system.env[variable];
  if (fromEnv) {
    if (!system.exists(fromEnv)) throw new PreflightError(`${variable} is set to ${fromEnv}, which does not exist. Point it at a ${requirement} binary, or unset it to use ${paths[0]}.`);
    return true;
  }
  return paths.some((p) => system.exists(p));
}

/** The command that installs packages, as the user must type it. */
export function installCommand(packages: string[], system: System): string {
  const command = `apt-get install -y ${packages.join(' ')}`;
  return system.isRoot || !system.onPath('sudo') ? command : `sudo ${command}`;
}

function describe(requirement: Requirement): string {
  if (requirement === 'xvfb') return 'xvfb (xvfb-run, a virtual display for a browser window on a machine without one)';
  return `${PACKAGES[requirement]} (${BROWSER_CANDIDATES[requirement].paths[0]})`;
}

/**
 * Makes sure every requirement is met, installing what is missing when it
 * can. Returns what it installed; throws PreflightError, with the command to
 * run, when something is missing that it cannot install.
 */
export function preflight(requirements: Requirement[], system: System, who = 'rhetoric-lens'): string[] {
  const present = (r: Requirement) => {
    try {
      return isPresent(r, system);
    } catch (error) {
      throw error instanceof PreflightError ? new PreflightError(`${who}: ${error.message}`) : error;
    }
  };
  const missing = requirements.filter((r) => !present(r));
  if (missing.length === 0) return [];
  const packages = [...new Set(missing.map((r) => PACKAGES[r]))];
  const what = missing.map(describe).join(', ');
  if (!system.onPath('apt-get')) {
    const variables = missing.filter((r): r is BrowserName => r !== 'xvfb').map((r) => BROWSER_CANDIDATES[r].variable);
    const elsewhere = variables.length > 0 ? `, or set ${variables.join(' and ')} to a binary installed elsewhere` : '';
    throw new PreflightError(`${who}: missing ${what}. There is no apt-get here: install ${packages.join(' and ')} with your system's package manager${elsewhere}.`);
  }
  if (!system.isRoot) throw new PreflightError(`${who}: missing ${what}. Install it as root with:\n\n  ${installCommand(packages, system)}\n`);
  system.log(`${who}: installing ${packages.join(' ')} (missing ${what})`);
  const noninteractive = { DEBIAN_FRONTEND: 'noninteractive' };
  system.run('apt-get', ['update', '-qq'], noninteractive);
  system.run('apt-get', ['install', '-y', '-qq', ...packages], noninteractive);
  const still = missing.filter((r) => !present(r));
  if (still.length > 0) throw new PreflightError(`${who}: apt-get ran but ${still.map(describe).join(', ')} is still missing.`);
  return packages;
}

/** Whether a window can open: a desktop session's display, or a virtual one (xvfb-run sets DISPLAY). */
export function hasDisplay(env: Readonly<Record<string, string | undefined>>, platform = process.platform): boolean {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The real system. */
export function realSystem(): System {
  const env = process.env;
  return {
    env,
    exists: existsSync,
    onPath: (command) =>
      (env.PATH ?? '').split(delimiter).some((dir) => {
        try {
          accessSync(join(dir, command), constants.X_OK);
          return true;
        } catch {
          return false;
        }
      }),
    isRoot: process.getuid?.() === 0,
    run: (command, args, extra) => void execFileSync(command, args, { stdio: 'inherit', env: { ...env, ...extra } }),
    log: (line) => console.error(line),
  };
}
