// An application's status as a coloured badge that also says it in words (colour is never the only signal).
import { Badge } from '@mantine/core';
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
  withdrawn: 'gray',
  abandoned: 'gray',
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('subsidy');
  return (
    <Badge color={statusColour[status]} variant="light" data-status={status} style={{ flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
