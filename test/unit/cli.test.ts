/** The CLI as a user runs it: a real child process of bin/khulasa.mjs. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli as run } from '../support/run-cli';

const SAMPLE = join(ROOT, 'test/fixtures/sample-article.txt');
const ARTICLE_HTML = join(ROOT, 'test/e2e/pages/arabic-article.html');
const tmp = mkdtempSync(join(tmpdir(), 'khulasa-cli-'));

describe('khulasa summarize', () => {
  it('prints a JSON summary of a .txt article with the documented shape', () => {
    const r = run(['summarize', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j).sort()).toEqual(['entities', 'isArabic', 'isArticle', 'sentences', 'summary', 'title']);
    expect(j.title).toContain('روسيا والصين');
    expect(j.isArabic).toBe(true);
    expect(j.summary.length).toBeGreaterThanOrEqual(3);
    for (const s of j.summary) expect(j.sentences[s.index]).toBe(s.text);
    const indices = j.summary.map((s: { index: number }) => s.index);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    for (const e of j.entities) expect(Object.keys(e).sort()).toEqual(['count', 'key', 'name', 'type', 'variants']);
  });

  it('honours --sentences and --words', () => {
    expect(JSON.parse(run(['summarize', SAMPLE, '--json', '--sentences', '2']).out).summary).toHaveLength(2);
    const j = JSON.parse(run(['summarize', SAMPLE, '--json', '--words', '40']).out);
    const words = j.summary.map((s: { text: string }) => s.text.split(/\s+/).length);
    // whole sentences until the budget is reached: all but the last fit under it
    expect(words.slice(0, -1).reduce((a: number, b: number) => a + b, 0)).toBeLessThan(40);
  });

  it('honours --length short|medium|long (the popup presets) and rejects other values', () => {
    const n = (p: string) => JSON.parse(run(['summarize', SAMPLE, '--json', '--length', p]).out).summary.length;
    expect(n('short')).toBe(1);
    expect(n('medium')).toBeGreaterThan(n('short'));
    expect(n('long')).toBeGreaterThan(n('medium'));
    // no length option: the popup's default, the medium preset
    const medium = JSON.parse(run(['summarize', SAMPLE, '--json', '--length', 'medium']).out).summary;
    expect(JSON.parse(run(['summarize', SAMPLE, '--json']).out).summary).toEqual(medium);
    const bad = run(['summarize', SAMPLE, '--length', 'huge']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--length expects one of short, medium, long');
    expect(run(['summarize', SAMPLE, '--length', 'short', '--words', '10']).err).toContain(
      'use one of --length, --sentences or --words',
    );
  });

  it('detects and extracts an .html page first', () => {
    const j = JSON.parse(run(['summarize', ARTICLE_HTML, '--json']).out);
    expect(j.isArabic).toBe(true);
    expect(j.isArticle).toBe(true);
    expect(j.summary.length).toBeGreaterThanOrEqual(3);
  });

  it('prints human-readable text by default', () => {
    const r = run(['summarize', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Summary:');
    expect(r.out).toContain('Key entities:');
  });
});

describe('khulasa detect / extract', () => {
  it('detect prints the verdict as JSON', () => {
    const j = JSON.parse(run(['detect', ARTICLE_HTML]).out);
    expect(j.isArabic).toBe(true);
    expect(j.isArticle).toBe(true);
    expect(typeof j.confidence).toBe('number');
    expect(typeof j.signals).toBe('object');
  });
  it('extract prints title and body', () => {
    const r = run(['extract', ARTICLE_HTML]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('فلاديمير بوتين');
    expect(r.out).not.toContain('جميع الحقوق محفوظة');
  });
});

describe('khulasa tag', () => {
  it('prints one `token TAG` line per token and keeps sentence breaks', () => {
    const r = run(['tag'], 'أكد\tO\nالرئيس\nفلاديمير\nبوتين\n\nفي\nموسكو\n');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 4).map((l) => l.split(' ')[0])).toEqual(['أكد', 'الرئيس', 'فلاديمير', 'بوتين']);
    expect(lines[4]).toBe('');
    for (const l of lines.filter(Boolean)) expect(l).toMatch(/^\S+ (O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });
});

describe('bad input gives one clear line and a non-zero exit', () => {
  const cases: [string, () => string, RegExp][] = [
    ['missing file', () => join(tmp, 'nope.txt'), /no such file/],
    [
      'empty file',
      () => {
        const p = join(tmp, 'empty.txt');
        writeFileSync(p, '');
        return p;
      },
      /empty/,
    ],
    [
      'binary file',
      () => {
        const p = join(tmp, 'bin.txt');
        writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
        return p;
      },
      /binary/,
    ],
    [
      'non-UTF-8 file',
      () => {
        const p = join(tmp, 'latin1.txt');
        writeFileSync(p, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0]));
        return p;
      },
      /UTF-8/,
    ],
    ['directory', () => tmp, /directory/],
  ];
  for (const [name, make, msg] of cases) {
    it(name, () => {
      const r = run(['summarize', make()]);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(msg);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat .*\(/);
    });
  }
  it('unknown command and bad flags', () => {
    expect(run(['frobnicate']).code).not.toBe(0);
    const r = run(['summarize', SAMPLE, '--sentences', 'x']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/positive whole number/);
  });
});

describe('the launcher', () => {
  it('says in one line how to build the CLI when dist-cli/ is missing', () => {
    const bin = join(tmp, 'unbuilt', 'bin');
    mkdirSync(bin, { recursive: true });
    copyFileSync(join(ROOT, 'bin/khulasa.mjs'), join(bin, 'khulasa.mjs'));
    const r = spawnSync(process.execPath, [join(bin, 'khulasa.mjs'), 'summarize', SAMPLE], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not built yet: run `npm run build`/);
  });
});
