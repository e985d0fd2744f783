// A labelled, focusable region that scrolls sideways, so wide tables stay usable from the keyboard on a phone.
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="scroll-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
