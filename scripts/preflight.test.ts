import { describe, expect, test } from 'vitest';
import { hasDisplay, installCommand, isPresent, preflight, PreflightError, type Requirement, type System } from './preflight';

/** A system with these files and commands; `run` records what it was asked and may install packages. */
function fakeSystem(options: { files?: string[]; commands?: string[]; root?: boolean; env?: Record<string, string>; installs?: Record<string, string[]> }) {
  const files = new Set(options.files ?? []);
  const commands = new Set(options.commands ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  const system: System = {
    env: options.env ?? {},
    exists: (path) => files.has(path),
    onPath: (command) => commands.has(command),
    isRoot: options.root ?? false,
    run(command, args, env) {
      ran.push(`${env?.DEBIAN_FRONTEND ? 'DEBIAN_FRONTEND=noninteractive ' : ''}${command} ${args.join(' ')}`);
      if (args[0] === 'install') for (const pkg of args.filter((a) => !a.startsWith('-') && a !== 'install')) for (const item of options.installs?.[pkg] ?? []) (item.startsWith('/') ? files : commands).add(item);
    },
    log: (line) => logged.push(line),
  };
  return { system, ran, logged };
}

const DEBIAN = { chromium: ['/usr/bin/chromium'], 'firefox-esr': ['/usr/bin/firefox-esr'], xvfb: ['xvfb-run'] };
const ALL: Requirement[] = ['chromium', 'firefox', 'xvfb'];

describe('preflight', () => {
  test('nothing missing: nothing run', () => {
    const { system, ran } = fakeSystem({ files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'], commands: ['xvfb-run', 'apt-get'], root: true });
    expect(preflight(ALL, system)).toEqual([]);
    expect(ran).toEqual([]);
  });

  test('as root with apt-get: what is missing is installed, as .ci/run does, and checked again', () => {
    const { system, ran, logged } = fakeSystem({ files: ['/usr/bin/firefox-esr'], commands: ['apt-get'], root: true, installs: DEBIAN });
    expect(preflight(ALL, system, 'npm start')).toEqual(['chromium', 'xvfb']);
    expect(ran).toEqual(['DEBIAN_FRONTEND=noninteractive apt-get update -qq', 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium xvfb']);
    expect(logged).toEqual([expect.stringMatching(/^npm start: installing chromium xvfb \(missing chromium \(\/usr\/bin\/chromium\), xvfb/)]);
  });

  test('as root, an install that does not provide the browser is an error, not a skip', () => {
    const { system } = fakeSystem({ commands: ['apt-get'], root: true, installs: {} });
    expect(() => preflight(['chromium'], system)).toThrow(/apt-get ran but chromium \(\/usr\/bin\/chromium\) is still missing/);
  });

  test('not root: stops with the one command that installs what is missing, sudo only if there is one', () => {
    const withSudo = fakeSystem({ commands: ['apt-get', 'sudo'], files: ['/usr/bin/chromium'] });
    expect(() => preflight(['chromium', 'firefox'], withSudo.system, 'npm test')).toThrow(new PreflightError('npm test: missing firefox-esr (/usr/bin/firefox-esr). Install it as root with:\n\n  sudo apt-get install -y firefox-esr\n'));
    expect(withSudo.ran).toEqual([]);
    const noSudo = fakeSystem({ commands: ['apt-get'] });
    expect(() => preflight(ALL, noSudo.system)).toThrow(/Install it as root with:\n\n {2}apt-get install -y chromium firefox-esr xvfb\n/);
    expect(noSudo.ran).toEqual([]);
  });

  test('no apt-get: says which packages, and the variables that point elsewhere', () => {
    const { system, ran } = fakeSystem({ root: true });
    expect(() => preflight(['chromium', 'xvfb'], system)).toThrow(/missing chromium .*xvfb.*There is no apt-get here: install chromium and xvfb with your system's package manager, or set CHROMIUM_PATH to a binary installed elsewhere\./);
    expect(ran).toEqual([]);
  });

  test('CHROMIUM_PATH and FIREFOX_PATH are honoured; one naming a missing file is an error, never an install', () => {
    const ok = fakeSystem({ files: ['/opt/chrome/chrome'], env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(isPresent('chromium', ok.system)).toBe(true);
    const wrong = fakeSystem({ commands: ['apt-get'], root: true, files: ['/usr/bin/firefox-esr'], env: { FIREFOX_PATH: '/nowhere/firefox' } });
    expect(() => preflight(['firefox'], wrong.system, 'npm test')).toThrow(/^npm test: FIREFOX_PATH is set to \/nowhere\/firefox, which does not exist/);
    expect(wrong.ran).toEqual([]);
  });

  test('the other Debian names count: chromium-browser, firefox', () => {
    const { system } = fakeSystem({ files: ['/usr/bin/chromium-browser', '/usr/bin/firefox'] });
    expect(preflight(['chromium', 'firefox'], system)).toEqual([]);
  });

  test('installCommand', () => {
    expect(installCommand(['xvfb'], fakeSystem({ root: true, commands: ['sudo'] }).system)).toBe('apt-get install -y xvfb');
    expect(installCommand(['xvfb'], fakeSystem({ commands: ['sudo'] }).system)).toBe('sudo apt-get install -y xvfb');
  });

  test('hasDisplay', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':99' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
  });
});
