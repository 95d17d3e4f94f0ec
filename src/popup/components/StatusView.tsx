/** A full-popup state: a title, an explanation and optionally one action. */
import type { ComponentChildren } from 'preact';

export function StatusView(props: {
  title: string;
  body?: string;
  busy?: boolean;
  children?: ComponentChildren;
  testId: string;
}) {
  return (
    <section
      class="status"
      role={props.busy ? 'status' : 'alert'}
      aria-live="polite"
      aria-busy={props.busy}
      data-testid={props.testId}
    >
      {props.busy && <div class="spinner" aria-hidden="true" />}
      <h2>{props.title}</h2>
      {props.body && <p>{props.body}</p>}
      {props.children}
    </section>
  );
}
