/**
 * khulasa — the command-line face of the same core the extension uses.
 *   khulasa summarize FILE [--url URL] [--length short|medium|long | --sentences N | --words N] [--json]
 *   khulasa tag            (tokens on stdin, one per line, blank line between sentences)
 *   khulasa detect FILE.html [--url URL]
 *   khulasa extract FILE.html [--url URL]
 */
import { parseArgs } from 'node:util';
import { analyze, analyzeDocument, resummarize, type Analysis } from '../core/analyze';
import { LENGTH_PRESETS, presetLength, type LengthPreset } from '../core/length-presets';
import { extractWithFallback } from '../core/analyze-page';
import { detectPage } from '../core/detect/detect-page';
import { guessArabic } from '../core/detect/language';
import { displayedEntities } from '../core/entities/display';
import { articleFromPlainText } from '../core/plain-text';
import type { SummaryLength } from '../core/types';
import { loadCliTagger } from './tagger';
import { parseHtmlDocument } from './parse-html';
import { CliError, readStdin, readTextFile } from './read-input';

export const USAGE = `Usage:
  khulasa summarize FILE [--url URL] [--length short|medium|long | --sentences N | --words N] [--json]
                           (default: --length medium, as the popup)
  khulasa tag < tokens.txt
  khulasa detect FILE.html [--url URL]
  khulasa extract FILE.html [--url URL]`;

const isHtml = (path: string, text: string) => /\.x?html?$/i.test(path) || /^\s*<(!doctype|html)/i.test(text);

function positiveInt(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`${flag} expects a positive whole number, got "${v}"`);
  return n;
}

function lengthFrom(values: { sentences?: string; words?: string; length?: string }): SummaryLength | undefined {
  if ([values.sentences, values.words, values.length].filter((v) => v !== undefined).length > 1) {
    throw new CliError('use one of --length, --sentences or --words');
  }
  const s = positiveInt(values.sentences, '--sentences');
  const w = positiveInt(values.words, '--words');
  return s !== undefined ? { sentences: s } : w !== undefined ? { words: w } : undefined;
}

function summaryJson(title: string, isArabic: boolean, isArticle: boolean, a: Analysis | null) {
  return {
    title,
    isArabic,
    isArticle,
    sentences: a?.sentences.map((s) => s.text) ?? [],
    summary: a?.summary.map((s) => ({ index: s.index, text: s.text })) ?? [],
    entities:
      a?.entities.map((e) => ({ name: e.name, type: e.type, count: e.count, key: !!e.key, variants: e.variants })) ??
      [],
  };
}

const TYPE_LABELS = { PERS: 'person', LOC: 'place', ORG: 'organization', MISC: 'other' } as const;

function printHuman(out: ReturnType<typeof summaryJson>, write: (s: string) => void) {
  write(`${out.title || '(untitled)'}\n`);
  write(
    `Arabic: ${out.isArabic ? 'yes' : 'no'} · article: ${out.isArticle ? 'yes' : 'no'} · ${out.sentences.length} sentences\n\n`,
  );
  write('Summary:\n');
  for (const s of out.summary) write(`  [${s.index + 1}] ${s.text}\n`);
  write('\nKey entities:\n');
  // the names the popup shows
  for (const list of displayedEntities(out.entities).values())
    for (const e of list) write(`  ${e.name} — ${TYPE_LABELS[e.type]} ×${e.count}\n`);
}

async function summarizeCmd(args: string[], write: (s: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      sentences: { type: 'string' },
      words: { type: 'string' },
      length: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const file = positionals[0];
  if (!file) throw new CliError('summarize: missing FILE');
  // without a length option the summary has the popup's default length (the medium preset)
  const none = values.length === undefined && values.sentences === undefined && values.words === undefined;
  const preset = (none ? 'medium' : values.length) as LengthPreset | undefined;
  if (preset !== undefined && !LENGTH_PRESETS.includes(preset))
    throw new CliError(`--length expects one of ${LENGTH_PRESETS.join(', ')}, got "${preset}"`);
  const length = lengthFrom(values);
  // a preset is a word budget relative to the article's length: the popup's lengths, chosen after the analysis
  const sized = (a: Analysis | null) =>
    a && preset ? { ...a, summary: resummarize(a, presetLength(preset, a.wordCount)) } : a;
  const raw = readTextFile(file);
  const tagger = await loadCliTagger();
  let out: ReturnType<typeof summaryJson>;
  if (isHtml(file, raw)) {
    const page = analyzeDocument(parseHtmlDocument(raw, values.url), values.url, { length, tagger });
    out = summaryJson(
      page.article?.title ?? '',
      page.detection.isArabic,
      page.detection.isArticle,
      sized(page.analysis),
    );
  } else {
    const article = articleFromPlainText(raw);
    const a = analyze(article, { length, tagger });
    const isArabic = guessArabic(raw).isArabic;
    out = summaryJson(article.title ?? '', isArabic, isArabic && a.sentences.length > 0, sized(a));
  }
  if (values.json) write(JSON.stringify(out, null, 2) + '\n');
  else printHuman(out, write);
}

/**
 * `khulasa tag`: all sentences of stdin are one document, tagged together — exactly what `npm run eval:ner`
 * scores (the tagger's document-level features look at nearby sentences).
 */
async function tagCmd(write: (s: string) => void): Promise<void> {
  const input = await readStdin();
  const tagger = await loadCliTagger();
  const sentences: string[][] = [[]];
  for (const line of input.replace(/\r\n?/g, '\n').split('\n')) {
    const token = line.trim().split(/\s+/)[0];
    if (token) sentences[sentences.length - 1].push(token);
    else if (sentences[sentences.length - 1].length) sentences.push([]);
  }
  if (!sentences[sentences.length - 1].length) sentences.pop();
  const tags = tagger.tagDocument ? tagger.tagDocument(sentences) : sentences.map((s) => tagger.tag(s));
  write(sentences.map((s, i) => s.map((t, j) => `${t} ${tags[i][j]}\n`).join('')).join('\n'));
}

function htmlDoc(args: string[]) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new CliError('missing FILE.html');
  return { doc: parseHtmlDocument(readTextFile(file), values.url), url: values.url };
}

export async function main(
  argv: string[],
  write = (s: string) => {
    process.stdout.write(s);
  },
  writeErr = (s: string) => {
    process.stderr.write(s);
  },
): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'summarize':
        await summarizeCmd(rest, write);
        return 0;
      case 'tag':
        await tagCmd(write);
        return 0;
      case 'detect': {
        const { doc } = htmlDoc(rest);
        const d = detectPage(doc);
        write(
          JSON.stringify(
            { isArabic: d.isArabic, isArticle: d.isArticle, confidence: d.confidence, signals: d.signals },
            null,
            2,
          ) + '\n',
        );
        return 0;
      }
      case 'extract': {
        const { doc, url } = htmlDoc(rest);
        const a = extractWithFallback(doc, url);
        if (!a) throw new CliError('no article text found in this page');
        write(`${a.title}\n\n${a.paragraphs.join('\n\n')}\n`);
        return 0;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        write(USAGE + '\n');
        return cmd ? 0 : 2;
      default:
        throw new CliError(`unknown command "${cmd}"\n${USAGE}`);
    }
  } catch (e) {
    const msg =
      e instanceof CliError
        ? e.message
        : e instanceof Error && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? e.message
          : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    writeErr(`khulasa: ${msg}\n`);
    return 1;
  }
}
