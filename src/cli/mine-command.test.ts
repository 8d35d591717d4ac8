import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../tests/support/test-run';
import { accepts, parseWhere } from './mine-command';
import { getMatcher } from '../engine/scan-text';

const run = runCli;

// A made-up archive: "state" records repeat an invented formula ("the radiant ferry doctrine")
// and a phrase the lexicon knows ("the collective West"); "plain" records are ordinary news.
const dir = mkdtempSync(join(tmpdir(), 'rl-mine-'));
const STATE = [
  'Officials hailed the radiant ferry doctrine at the port. The collective West was blamed for the storm.',
  'The radiant ferry doctrine guides the fishermen, a speaker said. Critics in the collective West stayed silent.',
  'Workers studied the radiant ferry doctrine all week. Prices of fish rose slightly.',
  'Under the radiant ferry doctrine the harbour grew. The collective West sent no ships.',
];
const PLAIN = [
  'The port reopened after the storm. Prices of fish rose slightly in the market.',
  'A ferry crossed the bay on Tuesday. Fishermen said the weather was calm.',
  'The harbour authority published its annual report. Workers asked for higher pay.',
  'Critics said the new ferry timetable was confusing.',
];
const archive = join(dir, 'corpus.jsonl');
writeFileSync(
  archive,
  [
    ...STATE.map((text, i) => JSON.stringify({ id: `s${i}`, family: 'state', body: text })),
    ...PLAIN.map((text, i) => JSON.stringify({ id: `p${i}`, family: 'plain', body: text })),
    JSON.stringify({ id: 'x', family: 'other' }), // no text field: filtered out before it matters
  ].join('\n'),
);
const folder = join(dir, 'plain');
mkdirSync(folder);
PLAIN.forEach((text, i) => writeFileSync(join(folder, `p${i}.txt`), text));

// The first use compiles the lexicon (or reads it from the cache).
beforeAll(() => getMatcher(), 120_000);

const base = ['mine', '--target', archive, '--where', 'family=state', '--field', 'body', '--min-docs', '3'];

describe('rhetoric-lens mine', () => {
  test('--json: one candidate a line, the invented formula first, with counts and example sentences', async () => {
    const { code, out, err } = await run([...base, '--reference', archive, '--reference-where', 'family=plain', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({
      ngram: 'radiant ferry doctrine',
      n: 3,
      target: { count: 4, documents: 4 },
      reference: { count: 0, documents: 0 },
    });
    expect(lines[0].keyness).toBeGreaterThan(3); // small, on so few words; G² grows with the evidence
    expect(lines[0].examples).toHaveLength(2);
    expect(lines[0].examples[0]).toEqual({ document: 's0', sentence: 'Officials hailed the radiant ferry doctrine at the port.' });
    expect(lines[0].examples[1].document).toBe('s1');
    expect(Object.keys(lines[0])).not.toContain('key');
  });

  test('what the lexicon matches is left out, unless --include-matched', async () => {
    const names = async (extra: string[]) =>
      (await run([...base, '--reference', archive, '--reference-where', 'family=plain', '--json', '--top', '500', ...extra])).out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).ngram);
    const without = await names([]);
    expect(without).not.toContain('collective west');
    expect(without.some((n: string) => n.includes('collective'))).toBe(false);
    expect(await names(['--include-matched'])).toContain('collective west');
  });

  test('a folder as the reference, the text report, and --n', async () => {
    const { code, out } = await run([...base, '--reference', folder, '--n', '2-3', '--top', '3']);
    expect(code).toBe(0);
    expect(out).toMatch(/^1 candidate: 4 target documents \(\d+ words\) against 4 reference documents/);
    expect(out).toContain(`target: ${archive} family=state field body; reference: ${folder}\n`);
    // Its two-word parts, with the same counts, are left out in its favour.
    expect(out).toMatch(/ {2}1\. radiant ferry doctrine {3}keyness [\d.]+, ratio [\d.]+, target 4\/4, reference 0\/0/);
    expect(out).toContain('s0: Officials hailed the radiant ferry doctrine at the port.');
  });

  test('--n bounds the lengths, and --min-docs 1 lets one-document n-grams in', async () => {
    const { out } = await run(['mine', '--target', archive, '--where', 'family=state', '--field', 'body', '--reference', folder, '--n', '2-3', '--min-docs', '1', '--top', '200', '--json']);
    const lengths = out.trim().split('\n').map((line) => JSON.parse(line).n);
    expect(new Set(lengths)).toEqual(new Set([2, 3]));
    const all = (await run(['mine', '--target', archive, '--where', 'family=state', '--field', 'body', '--reference', folder, '--min-docs', '1', '--top', '200', '--json'])).out;
    expect(new Set(all.trim().split('\n').map((line) => JSON.parse(line).n))).toContain(1);
  });

  test.each([
    [['mine', '--target', archive], /needs --target PATH and --reference PATH/],
    [['mine', '--target', archive, '--reference', folder, '--reference-where', 'family=plain'], /filters JSONL records/],
    [['mine', '--target', archive, '--reference', join(dir, 'missing.jsonl')], /cannot read .*missing\.jsonl/],
    [['mine', '--target', '-', '--reference', folder], /not standard input/],
    [['mine', '--target', archive, '--reference', folder, '--where', 'family'], /FIELD=VALUE/],
    [['mine', '--target', archive, '--reference', folder, '--n', '0-3'], /--n takes/],
    [['mine', '--target', archive, '--reference', folder, '--top', 'many'], /--top takes a whole number/],
    [['mine', archive], /--target and --reference/],
  ])('usage error %#: exit 2 and one line', async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  test('a filter that matches nothing: exit 2 and a hint', async () => {
    const { code, err } = await run([...base.slice(0, 3), '--where', 'family=nobody', '--field', 'body', '--reference', folder]);
    expect(code).toBe(2);
    expect(err).toMatch(/no target document.*filters/);
  });
});

describe('filters', () => {
  test.each([
    ['family=state', { family: 'state' }, true],
    ['family=state', { family: 'plain' }, false],
    ['family!=state', { family: 'plain' }, true],
    ['family!=state', {}, true],
    ['family=state', {}, false],
    ['year=2022', { year: 2022 }, true],
    ['title=a=b', { title: 'a=b' }, true],
  ])('%s on %j: %s', (where, record, expected) => {
    expect(accepts([parseWhere(where)], record)).toBe(expected);
  });

  test('several filters must all hold', () => {
    const wheres = ['family=state', 'lang=en'].map(parseWhere);
    expect(accepts(wheres, { family: 'state', lang: 'en' })).toBe(true);
    expect(accepts(wheres, { family: 'state', lang: 'zh' })).toBe(false);
  });
});
