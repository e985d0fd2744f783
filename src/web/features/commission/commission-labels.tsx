// Small pieces every commission page shares: names in the reader's language, status badges, a labelled fact.
import { Badge, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../shared/api/commission';
import type { ApplicationStatus } from '../../../shared/api/subsidized-jobs';
import { useUiLanguage } from '../../ui/labels';

/** Organisations and programmes carry Kazakh and Russian names; English readers get the Russian one. */
export function useLocalName(): (named: { nameKk: string; nameRu: string }) => string {
  const language = useUiLanguage();
  return (named) => (language === 'kk' ? named.nameKk : named.nameRu);
}

const badgeStyle = { flexShrink: 0 };

const sessionColour: Record<SessionStatus, string> = {
  planned: 'blue',
  in_session: 'orange',
  closed: 'gray',
  cancelled: 'red',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('commission');
  return (
    <Badge color={sessionColour[status]} variant="light" data-status={status} style={badgeStyle}>
      {t(`status.${status}`)}
    </Badge>
  );
}

const applicationColour: Partial<Record<ApplicationStatus, string>> = {
  under_review: 'blue',
  at_commission: 'violet',
  decision_recorded: 'violet',
  approved: 'teal',
  rejected: 'red',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('commission');
  return (
    <Badge
      color={applicationColour[status] ?? 'gray'}
      variant="light"
      data-application-status={status}
      style={badgeStyle}
    >
      {t(`applicationStatus.${status}`)}
    </Badge>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** Long Kazakh and Russian button labels wrap on a phone instead of running off the screen. */
export const wrappingButton = {
  root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
  label: { whiteSpace: 'normal', textAlign: 'center' },
} as const;
