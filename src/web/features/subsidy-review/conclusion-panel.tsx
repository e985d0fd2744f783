// B03-2.2 the checklist's conclusion: compliant, or not with the failed items named, and the specialist's proposal to
// reject with its reasons; the commission decides with it before its eyes.
import { Alert, Badge, Button, Checkbox, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceResponse, ConclusionView } from '../../../shared/api/subsidy-review';
import { fieldError } from '../../api';
import { pickText, useDateTimeFormat, useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { useConclusion, useRecordConclusion } from './review-queries';

export function ConclusionSummary({ conclusion }: { conclusion: ConclusionView }) {
  const { t } = useTranslation('review');
  const language = useUiLanguage();
  const formatDateTime = useDateTimeFormat();
  const compliant = conclusion.outcome === 'compliant';
  return (
    <Alert
      color={compliant ? 'teal' : 'red'}
      variant="light"
      data-conclusion={conclusion.outcome}
      title={
        <Badge color={compliant ? 'teal' : 'red'} variant="filled">
          {t(`conclusion.outcome.${conclusion.outcome}`)}
        </Badge>
      }
    >
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('conclusion.by', { name: conclusion.concludedBy, time: formatDateTime(conclusion.concludedAt) })}
        </Text>
        {conclusion.failedItems.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('conclusion.failedItems')}
            </Text>
            <List size="sm" spacing={2}>
              {conclusion.failedItems.map((item) => (
                <List.Item key={item.id} data-failed-item={item.id}>
                  {pickText(item.label, language)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {conclusion.proposedRejection && (
          <Stack gap={2} data-proposed-rejection>
            <Text size="sm" fw={600}>
              {t('conclusion.proposedRejection')}
            </Text>
            <List size="sm" spacing={2}>
              {conclusion.proposedRejection.reasons.map((reason) => (
                <List.Item key={reason} style={{ whiteSpace: 'pre-line' }}>
                  {reason}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}

export function ConclusionSection({
  applicationId,
  checklist,
  editable,
}: {
  applicationId: string;
  checklist: ComplianceResponse;
  editable: boolean;
}) {
  const { t } = useTranslation('review');
  const query = useConclusion(applicationId);
  const record = useRecordConclusion(applicationId);
  const [propose, setPropose] = useState(false);
  const [reasons, setReasons] = useState('');
  const conclusion = query.data?.conclusion ?? null;
  const { failed, unknown } = checklist.summary;
  const reasonList = reasons
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);

  return (
    <Stack gap="xs" data-conclusion-section>
      <Title order={3} size="h4">
        {t('conclusion.title')}
      </Title>
      {conclusion ? (
        <ConclusionSummary conclusion={conclusion} />
      ) : (
        <Text size="sm" c="dimmed" data-conclusion="none">
          {t('conclusion.none')}
        </Text>
      )}
      {editable && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            record.mutate(propose ? reasonList : []);
          }}
        >
          <Stack gap="xs">
            <Text size="sm">
              {failed > 0
                ? t('conclusion.willBeNotCompliant', { count: failed })
                : unknown > 0
                  ? t('conclusion.unanswered', { count: unknown })
                  : t('conclusion.willBeCompliant')}
            </Text>
            <Checkbox
              label={t('conclusion.propose')}
              checked={propose}
              onChange={(event) => setPropose(event.currentTarget.checked)}
            />
            {propose && (
              <Textarea
                label={t('conclusion.reasons')}
                description={t('conclusion.reasonsHint')}
                value={reasons}
                onChange={(event) => setReasons(event.currentTarget.value)}
                autosize
                minRows={2}
                required
                error={fieldError(record.error, 'rejectionReasons')}
              />
            )}
            <ProblemAlert error={record.error} fields={['rejectionReasons']} />
            <Group>
              <Button
                type="submit"
                loading={record.isPending}
                disabled={(failed === 0 && unknown > 0) || (propose && reasonList.length === 0)}
                data-action="record_conclusion"
              >
                {conclusion ? t('conclusion.redraw') : t('conclusion.draw')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
