/** The popup (also shown in the summary window): states, summary, length, entities, copy. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { resummarize } from '../core/pipeline';
import { presetLength, type LengthPreset } from '../core/length-presets';
import { ruleTagger } from '../core/entities/rule-tagger';
import { loadTagger } from '../core/entities/load-tagger';
import { loadKeyEntities } from '../core/entities/load-key-entities';
import type { Entity, SummarySentence } from '../core/types';
import { wordCount } from '../core/text';
import { loadSettings, DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { STRINGS, applyDocumentLang, resolveLang, type Lang } from '../ui/strings';
import { LIMITS, PORTS, clampText } from '../messaging/protocol';
import { TimeoutError, resolveTarget, sendToTab, summarize, type Outcome, type Target } from './page-session';
import { balanceBidi } from './bidi';
import { StatusView } from './components/StatusView';
import { Header } from './components/Header';
import { LengthControl } from './components/LengthControl';
import { SummaryList } from './components/SummaryList';
import { EntityList } from './components/EntityList';
import { displayedEntities } from '../core/entities/display';
import { CopyButton } from './components/CopyButton';

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [target, setTarget] = useState<Target | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [preset, setPreset] = useState<LengthPreset>(DEFAULT_SETTINGS.summaryLength);
  const [activeSentence, setActiveSentence] = useState<number | null>(null);
  const [activeEntity, setActiveEntity] = useState<string | null>(null);
  const [ner, setNer] = useState<'model' | 'rules' | null>(null);
  /** why the last sentence or name click highlighted nothing in the page, if it did not */
  const [highlightNote, setHighlightNote] = useState<string | null>(null);
  const started = useRef(false);

  const lang: Lang = resolveLang(settings.uiLanguage, browser.i18n.getUILanguage());
  const t = STRINGS[lang];

  useEffect(() => applyDocumentLang(lang, t.appName), [lang]);

  const run = async (force: boolean) => {
    setOutcome(null);
    // the NER model chunk loads while settings and the page are read; the rule tagger stands in if it fails
    const tagger = loadTagger().then(
      (t) => {
        setNer('model');
        return t;
      },
      () => {
        setNer('rules');
        return ruleTagger;
      },
    );
    // the key-name step is a lazy chunk too: fetched now, awaited with the tagger (a failure is retried there)
    loadKeyEntities().catch(() => undefined);
    const s = await loadSettings();
    setSettings(s);
    setPreset(s.summaryLength);
    const tg = await resolveTarget(location.search);
    setTarget(tg);
    if (!tg) return setOutcome({ kind: 'cannot-read' });
    try {
      // the port's presence tells the content script to drop its highlights and text index when the popup closes
      browser.tabs.connect(tg.tabId, { name: PORTS.POPUP });
    } catch {
      /* no content script: the outcome will say so */
    }
    try {
      setOutcome(await summarize(tg, tagger, force));
    } catch (e) {
      setOutcome({ kind: 'error', message: String(e) });
    }
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run(false);
  }, []);

  const summary: SummarySentence[] = useMemo(() => {
    if (outcome?.kind !== 'ready') return [];
    return resummarize(outcome.analysis, presetLength(preset, outcome.analysis.wordCount));
  }, [outcome, preset]);

  if (!outcome) return <StatusView busy title={t.loading} testId="state-loading" />;
  const retry = (
    <button type="button" class="primary" onClick={() => run(false)} data-testid="retry">
      {t.retry}
    </button>
  );
  switch (outcome.kind) {
    case 'not-article':
      return (
        <StatusView title={t.noArticleTitle} body={t.noArticleBody} testId="state-not-article">
          <button type="button" class="primary" onClick={() => run(true)} data-testid="summarize-anyway">
            {t.summarizeAnyway}
          </button>
        </StatusView>
      );
    case 'cannot-read':
      return <StatusView title={t.cannotReadTitle} body={t.cannotReadBody} testId="state-cannot-read" />;
    case 'too-short':
      return <StatusView title={t.tooShortTitle} body={t.tooShortBody} testId="state-too-short" />;
    case 'empty-selection':
      return <StatusView title={t.emptySelectionTitle} body={t.emptySelectionBody} testId="state-empty-selection" />;
    case 'page-loading':
      return (
        <StatusView title={t.pageLoadingTitle} body={t.pageLoadingBody} testId="state-page-loading">
          {retry}
        </StatusView>
      );
    case 'bad-reply':
      return (
        <StatusView title={t.badReplyTitle} body={t.badReplyBody} testId="state-bad-reply">
          {retry}
        </StatusView>
      );
    case 'timeout':
      return (
        <StatusView
          title={t.timeoutTitle}
          body={outcome.from === 'page' ? t.timeoutBody : t.backgroundTimeoutBody}
          testId="state-timeout"
        >
          {retry}
        </StatusView>
      );
    case 'error':
      return (
        <StatusView title={t.errorTitle} body={t.errorBody} testId="state-error">
          <button type="button" class="primary" onClick={() => run(false)}>
            {t.retry}
          </button>
        </StatusView>
      );
  }

  const { analysis, article, url } = outcome;
  const tabId = target!.tabId;
  /** A highlight request; a click that finds nothing in the page, or gets no answer, says so. */
  const highlightIn = (msg: Parameters<typeof sendToTab<'highlight-sentence' | 'highlight-entity'>>[1]) => {
    setHighlightNote(null);
    sendToTab(tabId, msg).then(
      (r) => setHighlightNote(r.ok && r.found > 0 ? null : t.notInPage),
      (e) => setHighlightNote(e instanceof TimeoutError ? t.pageNoAnswer : t.notInPage),
    );
  };
  const pickSentence = (s: SummarySentence) => {
    setActiveSentence(s.index);
    // sentences are split well below the limit (sentences.ts); a prefix still finds and scrolls to the sentence
    highlightIn({
      type: 'highlight-sentence',
      text: clampText(s.text, LIMITS.MAX_TEXT),
      color: settings.highlightColor,
    });
  };
  const pickEntity = (e: Entity) => {
    if (activeEntity === e.name) {
      setActiveEntity(null);
      setHighlightNote(null);
      void sendToTab(tabId, { type: 'clear-highlights' }).catch(() => {});
      return;
    }
    setActiveEntity(e.name);
    const variants = e.variants
      .filter((v) => v.trim() && v.length <= LIMITS.MAX_VARIANT_CHARS)
      .slice(0, LIMITS.MAX_VARIANTS);
    if (variants.length) highlightIn({ type: 'highlight-entity', variants, color: settings.highlightColor });
    else setHighlightNote(t.notInPage);
  };
  const copyText = () => [article.title, '', ...summary.map((s) => `• ${s.text}`), '', url].map(balanceBidi).join('\n');
  const title = outcome.mode === 'selection' ? t.selectionLabel : article.title;

  return (
    <main data-testid="state-ready">
      <Header
        title={title}
        site={outcome.mode === 'page' ? article.siteName : undefined}
        date={article.published}
        articleWords={analysis.wordCount}
        summaryWords={wordCount(summary.map((s) => s.text).join(' '))}
        t={t}
        lang={lang}
      />
      {outcome.unsure && (
        <p class="notice" role="note" data-testid="unsure">
          {t.mayNotBeArticle}
        </p>
      )}
      {(article.truncated || analysis.truncated) && (
        <p class="notice" role="note">
          {t.truncated}
        </p>
      )}
      <div class="toolbar">
        <LengthControl value={preset} onChange={setPreset} t={t} />
        <CopyButton text={copyText} t={t} />
      </div>
      <h2 class="section">{t.summary}</h2>
      <SummaryList
        sentences={summary}
        active={activeSentence}
        onPick={pickSentence}
        label={t.summary}
        hint={t.sentenceHint}
      />
      {displayedEntities(analysis.entities).size > 0 && (
        <>
          <h2 class="section">{t.entities}</h2>
          <EntityList entities={analysis.entities} active={activeEntity} onPick={pickEntity} t={t} ner={ner} />
        </>
      )}
      <p class="notice sticky" role="status" aria-live="polite" data-testid="highlight-note" hidden={!highlightNote}>
        {highlightNote}
      </p>
    </main>
  );
}
