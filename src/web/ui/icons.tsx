// The few icons the interface draws, inline so that nothing is fetched at run time; all are decorative.
import type { ReactNode } from 'react';

/** A 24×24 line icon in the text's colour, hidden from assistive technology: the words beside it say the same. */
export function LineIcon({
  size = 20,
  strokeWidth = 2,
  children,
}: {
  size?: number;
  strokeWidth?: number;
  children: ReactNode;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function EnvelopeIcon({ size = 20 }: { size?: number }) {
  return (
    <LineIcon size={size}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </LineIcon>
  );
}
