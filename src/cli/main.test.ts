import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../tests/support/test-run';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
const SAMPLE = 'They act under another’s baton and dance to the tune of others.';

describe('rhetoric-lens scan', () => {
  test('--json on standard input: offsets slice the exact input', async () => {
    const { code, out } = await run(['scan', '--json', '-'], SAMPLE);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.input).toBe('-');
    expect(result.words).toBe(12);
    const matches = result.hits.map((h: { start: number; end: number }) => SAMPLE.slice(h.start, h.end));
    expect(matches).toEqual(result.hits.map((h: { match: string }) => h.match));
    expect(matches.some((m: string) => /another’s baton/.test(m))).toBe(true);
    expect(matches).toContain('dance to the tune of others');
    for (const hit of result.hits) {
      expect(Object.keys(hit).sort()).toEqual(['end', 'id', 'match', 'phrase', 'sentence', 'sources', 'start', 'techniques', 'tier', 'voice']);
      expect(hit.sources).toContain('kcna');
    }
    expect(result.summary.hits).toBe(result.hits.length);
    expect(result.summary.bySource.kcna).toBe(result.hits.length);
  });

  test('one JSON line per input, .txt and .html', async () => {
    const txt = join(dir, 'a.txt');
    const html = join(dir, 'b.html');
    writeFileSync(txt, `Intro.\n${SAMPLE}\n`);
    writeFileSync(
      html,
      '<html><head><title>the collective West</title><script>var s = "the collective West";</script></head><body><p>Moscow blamed <em>the collective</em> West.</p><textarea>the collective West</textarea><p hidden>the collective West</p></body></html>',
    );
    const { code, out } = await run(['scan', '--json', txt, html]);
    expect(code).toBe(0);
    const [a, b] = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(a.input).toBe(txt);
    expect(a.hits.every((h: { start: number; end: number; match: string }) => `Intro.\n${SAMPLE}\n`.slice(h.start, h.end) === h.match)).toBe(true);
    expect(b.hits.map((h: { id: string }) => h.id)).toEqual(['collective-west']);
  });

  test('the default output is for people: plain text, the phrase marked in its sentence, names not ids, and a summary', async () => {
    const { code, out } = await run(['scan', '-'], SAMPLE);
    expect(code).toBe(0);
    expect(out).toContain('[dance to the tune of others]');
    expect(out).toMatch(/^ {2}\d\. dancing to the tune of others · KCNA · Name calling, Loaded language · (quoted|text's own voice)$/m);
    expect(out).toMatch(/typical of KCNA, \d in the text's own voice\./);
    expect(out).toMatch(/per 1,000 words/);
    expect(out).toMatch(/by family: KCNA \d/);
    expect(out).toMatch(/by technique: (Loaded language|Name calling) \d/);
    // No Markdown, no escape codes, no ids of families, techniques or entries.
    expect(out).not.toMatch(/\*\*|###|\]\(#|\x1b/);
    expect(out).not.toMatch(/\bkcna\b|name-calling|loaded-language|dancing-to-the-tune-of-others/);
  });

  test('a purely KCNA text is headed by KCNA, though it also uses formulas other state media share', async () => {
    const text = 'The US imperialists dance to the tune of others. They apply double standards and preach so-called human rights.';
    const { code, out } = await run(['scan', '-'], text);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}4 phrases typical of KCNA \(2 of them formulas other state media use too\), \d in the text's own voice\.$/m);
    expect(out).toMatch(/by family: KCNA 2, shared by several 2/);
    // The shared formulas' own lines still name every family that uses them.
    expect(out).toMatch(/double standards · KCNA, PRC state media, Russian state media ·/);
  });

  test('on a terminal the output is coloured; NO_COLOR (non-empty) and --no-color turn colour off', async () => {
    const styled = await run(['scan', '-'], SAMPLE, { isTTY: true });
    expect(styled.out).toMatch(/\x1b\[1;4;38;5;\d+mdance to the tune of others\x1b\[0m/);
    expect(styled.out).not.toContain('[dance to the tune of others]');
    expect((await run(['scan', '-'], SAMPLE, { isTTY: true, env: { NO_COLOR: '' } })).out).toContain('\x1b[');
    for (const plain of [
      await run(['scan', '-'], SAMPLE, { isTTY: true, env: { NO_COLOR: '1' } }),
      await run(['scan', '--no-color', '-'], SAMPLE, { isTTY: true }),
      await run(['--no-color', 'scan', '-'], SAMPLE, { isTTY: true }),
    ]) {
      expect(plain.code).toBe(0);
      expect(plain.out).not.toContain('\x1b');
      expect(plain.out).toContain('[dance to the tune of others]');
    }
  });

  test('--format markdown keeps the Markdown report, with no colour even on a terminal', async () => {
    const { code, out } = await run(['scan', '--format', 'markdown', '-'], SAMPLE, { isTTY: true });
    expect(code).toBe(0);
    expect(out).toMatch(/^# Rhetoric Lens report/);
    expect(out).toContain('**dance to the tune of others**');
    expect(out).not.toContain('\x1b');
  });

  test('no arguments: the usage on standard error, exit 2', async () => {
    const { code, out, err } = await run([]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^usage:\n {2}rhetoric-lens scan/);
    expect(err).toContain('--no-color');
    const help = await run(['--help']);
    expect([help.code, help.err, help.out]).toEqual([0, '', err]);
  });

  test('text with nothing to find says so', async () => {
    const { code, out } = await run(['scan', '-'], 'The council approved the new library budget on Tuesday.');
    expect(code).toBe(0);
    expect(out).toContain('No state-media phrasing found in 9 words');
  });

  test.each([
    [['scan'], /needs at least one FILE/],
    [['scan', '/no/such/file.txt'], /cannot read \/no\/such\/file.txt: no such file/],
    [['scan', '--frobnicate', '-'], /unknown option --frobnicate/],
    [['frobnicate'], /unknown command/],
    [['explain', 'no-such-entry-anywhere'], /nothing in the lexicon matches "no-such-entry-anywhere"; list the entries with: rhetoric-lens lexicon/],
    [['explain'], /explain needs an entry id or a text/],
    [['explain', '--format', 'html', 'juche'], /unknown format "html"/],
    [['lexicon', '--format', 'json', '--markdown'], /disagree/],
    [['lexicon', 'juche'], /lexicon takes no arguments/],
  ])('bad usage %j exits 2 with one line and no stack', async (args, message) => {
    const { code, err, out } = await run(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('rhetoric-lens lexicon and explain', () => {
  test('lexicon --json lists every entry with all its fields', async () => {
    const { code, out } = await run(['lexicon', '--json']);
    expect(code).toBe(0);
    const entries = JSON.parse(out);
    expect(entries.length).toBeGreaterThanOrEqual(120);
    for (const key of ['id', 'phrase', 'patterns', 'sources', 'techniques', 'tier', 'explanation', 'origin', 'related', 'guards', 'examples']) {
      expect(entries[0]).toHaveProperty(key);
    }
  });

  test('lexicon filters by source, technique and tier', async () => {
    const { out } = await run(['lexicon', '--json', '--source', 'rus', '--tier', 'signature']);
    const entries = JSON.parse(out);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.sources).toContain('rus');
      expect(e.tier).toBe('signature');
    }
    const { out: none } = await run(['lexicon', '--json', '--technique', 'no-such-technique']);
    expect(JSON.parse(none)).toEqual([]);
  });

  test('lexicon lists entries under a header row, families by name', async () => {
    const { code, out } = await run(['lexicon', '--source', 'rus', '--tier', 'signature']);
    expect(code).toBe(0);
    const [header, ...rows] = out.trimEnd().split('\n');
    expect(header).toMatch(/^ID +TIER +TYPICAL OF +PHRASE$/);
    expect(rows.length).toBeGreaterThan(5);
    const column = header.indexOf('TYPICAL OF');
    const row = rows.find((r) => r.startsWith('collective-west '))!;
    expect(row.slice(column)).toMatch(/^Russian state media +collective West$/);
    for (const r of rows) expect(r.slice(column)).toContain('Russian state media');
    expect(out).not.toMatch(/\t|\brus\b/);
  });

  test('explain finds an entry by id and by phrase, in plain text by default', async () => {
    const byPhrase = await run(['explain', 'dancing to the tune of others']);
    expect(byPhrase.code).toBe(0);
    expect(byPhrase.out).toMatch(/^dancing to the tune of others\n {2}typical of {2}KCNA\n/);
    expect(byPhrase.out).not.toMatch(/\*\*|###|\x1b/);
    const id = /^ {2}id +(\S+)$/m.exec(byPhrase.out)![1];
    const byId = await run(['explain', id]);
    expect(byId.out).toBe(byPhrase.out);
  });

  test.each([
    ['master-servant relations', 'master-servant-relations'],
    ['the Juche idea', 'juche'],
    ["the collective West's", 'collective-west'], // possessive: the lexicon's pattern has none, explain drops it
    ['hurt the feelings of the Chinese people', 'hurt-the-feelings-of-the-chinese-people'],
    ['They said it would hurt the feelings of the Chinese people.', 'hurt-the-feelings-of-the-chinese-people'],
    ["Russia's legitimate security interests", 'legitimate-security-interests'], // common tier: no marker needed here
    ['"rules-based order"', 'rules-based-order-ironic'],
  ])('explain %j finds %s', async (query, id) => {
    const { code, out, err } = await run(['explain', '--json', query]);
    expect([code, err]).toEqual([0, '']);
    expect(JSON.parse(out).id).toBe(id);
  });

  test('explain lists every entry a text holds; --format markdown is the docs format', async () => {
    const text = 'The Juche idea is an ever-victorious banner.';
    const json = await run(['explain', '--format', 'json', text]);
    expect(JSON.parse(json.out).map((e: { id: string }) => e.id)).toEqual(['juche', 'ever-victorious']);
    const markdown = await run(['explain', '--format', 'markdown', text]);
    expect(markdown.out.match(/^### .+$/gm)).toEqual(['### Juche idea', '### ever-victorious']);
    const plain = await run(['explain', text]);
    expect(plain.out).toMatch(/^Juche idea\n[^]*\n\never-victorious\n/);
  });
});
