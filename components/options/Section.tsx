import type { ComponentChildren } from 'preact';

export function Section({ title, hint, children }: { title: string; hint?: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-label={title}>
      <header class="card-head">
        <h2>{title}</h2>
        {hint && <p class="card-hint">{hint}</p>}
      </header>
      {children}
    </section>
  );
}
