// An application's status as a coloured badge that also says it in words (colour is never the only signal).
import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../../shared/api/subsidized-jobs';

const statusColour: Record<ApplicationStatus, string> = {
  draft: 'gray',
  awaiting_signature: 'yellow',
  submitted: 'blue',
  under_review: 'blue',
  returned: 'orange',
  at_commission: 'violet',
  decision_recorded: 'violet',
  approved: 'teal',
  rejected: 'red',
};

/** The light variant's default text is too pale; shade 9 passes WCAG AA, but yellow, orange and teal (4.4:1) need dark text. */
function textColour(colour: string): string {
  return colour === 'yellow' || colour === 'orange' || colour === 'teal'
    ? 'var(--mantine-color-dark-7)'
    : `var(--mantine-color-${colour}-9)`;
}

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('subsidy');
  return (
    <Badge
      color={statusColour[status]}
      variant="light"
      data-status={status}
      style={{ flexShrink: 0, '--badge-color': textColour(statusColour[status]) } as CSSProperties}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
