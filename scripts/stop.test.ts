import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeOnExit, stopper } from './stop';

describe('stopping npm start', () => {
  test.each(['SIGINT', 'SIGTERM'])('%s cleans up once, then exits', async (signal) => {
    const signals = new EventEmitter();
    const events: string[] = [];
    let finished!: () => void;
    const exited = new Promise<void>((resolve) => (finished = resolve));
    const stop = stopper(
      async () => void events.push('clean-up'),
      () => {
        events.push('exit');
        finished();
      },
      signals,
    );
    signals.emit(signal);
    signals.emit(signal === 'SIGINT' ? 'SIGTERM' : 'SIGINT');
    await stop(); // the browser closing too: still once
    await exited;
    expect(events).toEqual(['clean-up', 'exit']);
  });

  test('a failing clean-up still exits', async () => {
    let exits = 0;
    await stopper(() => Promise.reject(new Error('already closed')), () => exits++)();
    expect(exits).toBe(1);
  });

  test('removeOnExit removes the profile when the process exits, whoever calls exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-stop-test-'));
    writeFileSync(join(dir, 'prefs.js'), '');
    const process = new EventEmitter();
    removeOnExit(dir, process);
    expect(existsSync(dir)).toBe(true);
    process.emit('exit');
    expect(existsSync(dir)).toBe(false);
  });
});
