/** Options page: default summary length, UI language, badge on/off, highlight color (storage.sync). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../settings/settings';
import { applyDocumentLang, resolveLang } from '../ui/strings';

const TEXT = {
  ar: {
    title: 'إعدادات خلاصة',
    length: 'طول الملخص الافتراضي',
    short: 'قصير',
    medium: 'متوسط',
    long: 'طويل',
    lang: 'لغة الواجهة',
    auto: 'لغة المتصفح',
    badge: 'إظهار شارة على المقالات العربية',
    color: 'لون التظليل',
    saved: 'حُفظت الإعدادات',
  },
  en: {
    title: 'Khulasa settings',
    length: 'Default summary length',
    short: 'Short',
    medium: 'Medium',
    long: 'Long',
    lang: 'Interface language',
    auto: 'Browser language',
    badge: 'Show a badge on Arabic articles',
    color: 'Highlight color',
    saved: 'Settings saved',
  },
};

function Options() {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setS);
  }, []);
  const lang = resolveLang(s.uiLanguage, browser.i18n.getUILanguage());
  const t = TEXT[lang];
  useEffect(() => applyDocumentLang(lang, t.title), [lang]);
  const update = async (patch: Partial<Settings>) => {
    setS(await saveSettings(patch));
    setSaved(true);
  };
  return (
    <main>
      <h1>{t.title}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.length}
          <select
            data-testid="opt-length"
            value={s.summaryLength}
            onChange={(e) => update({ summaryLength: e.currentTarget.value as Settings['summaryLength'] })}
          >
            <option value="short">{t.short}</option>
            <option value="medium">{t.medium}</option>
            <option value="long">{t.long}</option>
          </select>
        </label>
        <label>
          {t.lang}
          <select
            data-testid="opt-lang"
            value={s.uiLanguage}
            onChange={(e) => update({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}
          >
            <option value="auto">{t.auto}</option>
            <option value="ar">العربية</option>
            <option value="en">English</option>
          </select>
        </label>
        <label class="row">
          <input
            type="checkbox"
            data-testid="opt-badge"
            checked={s.showBadge}
            onChange={(e) => update({ showBadge: e.currentTarget.checked })}
          />
          {t.badge}
        </label>
        <label>
          {t.color}
          <input
            type="color"
            data-testid="opt-color"
            value={s.highlightColor}
            onChange={(e) => update({ highlightColor: e.currentTarget.value })}
          />
        </label>
        <p role="status" aria-live="polite">
          {saved ? t.saved : ''}
        </p>
      </form>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
