/** Copies the summary as plain text (title, sentences, URL) and says so. */
import { useState } from 'preact/hooks';
import type { Strings } from '../../ui/strings';

export const CONFIRM_MS = 2000;

export function CopyButton(props: { text: () => string; t: Strings }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), CONFIRM_MS);
  };
  return (
    <>
      <button type="button" class="copy" onClick={copy} data-testid="copy">
        {props.t.copy}
      </button>
      <span class="toast" role="status" aria-live="polite" data-testid="copy-status">
        {state === 'copied' ? props.t.copied : state === 'failed' ? props.t.copyFailed : ''}
      </span>
    </>
  );
}
