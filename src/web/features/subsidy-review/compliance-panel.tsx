// B03-2.2 the compliance checklist: automatic items as the registries and the programme's rules answer them (read-only),
// and the specialist's manual items, each with a result and a note for the revision under review.
import { Badge, Box, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceItem, ManualComplianceItem } from '../../../shared/api/subsidy-review';
import { complianceResults, manualComplianceItems } from '../../../shared/api/subsidy-review';
import { fieldError } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError } from '../../ui/page';
import { ConclusionSection } from './conclusion-panel';
import { useComplianceLabels } from './review-labels';
import { useCompliance, useRecordCompliance } from './review-queries';
import { StepPanel } from './step-panel';

const resultColour: Record<ComplianceItem['result'], string> = {
  passed: 'teal',
  failed: 'red',
  unknown: 'gray',
  not_applicable: 'blue',
};
const resultMark: Record<ComplianceItem['result'], string> = {
  passed: '✓',
  failed: '✗',
  unknown: '?',
  not_applicable: '–',
};

function ResultBadge({ result }: { result: ComplianceItem['result'] }) {
  const { t } = useTranslation('review');
  const filled = result === 'failed';
  return (
    <Badge color={resultColour[result]} variant={filled ? 'filled' : 'light'} style={{ flexShrink: 0 }}>
      {`${resultMark[result]} ${t(`compliance.result.${result}`)}`}
    </Badge>
  );
}

function AutoItem({ item }: { item: ComplianceItem }) {
  const { t } = useTranslation('review');
  const labels = useComplianceLabels();
  const reason = labels.reason(item);
  const source = labels.source(item.source);
  return (
    <Box
      component="li"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      data-compliance-item={item.id}
      data-result={item.result}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600}>
            {item.position === null
              ? labels.itemName(item.code)
              : t('compliance.ofPosition', { name: labels.itemName(item.code), position: item.position })}
          </Text>
          {reason && <Text size="sm">{reason}</Text>}
          {source && (
            <Text size="xs" c="dimmed">
              {t('compliance.source', { source })}
            </Text>
          )}
        </Stack>
        <ResultBadge result={item.result} />
      </Group>
    </Box>
  );
}

function ManualItem({
  item,
  applicationId,
  editable,
}: {
  item: ComplianceItem;
  applicationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation('review');
  const labels = useComplianceLabels();
  const formatDateTime = useDateTimeFormat();
  const record = useRecordCompliance(applicationId);
  const [result, setResult] = useState<string>(item.result === 'unknown' ? '' : item.result);
  const [note, setNote] = useState(item.note ?? '');
  const code = item.code as ManualComplianceItem;

  return (
    <Paper component="li" withBorder p="sm" data-compliance-item={item.id} data-result={item.result}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Text size="sm" fw={600}>
              {labels.itemName(item.code)}
            </Text>
            {(manualComplianceItems as readonly string[]).includes(item.code) && (
              <Text size="xs" c="dimmed">
                {t(`compliance.hints.${code}`)}
              </Text>
            )}
          </Stack>
          <ResultBadge result={item.result} />
        </Group>
        {item.checkedBy && item.checkedAt && (
          <Text size="xs" c="dimmed">
            {t('compliance.checkedBy', { name: item.checkedBy, time: formatDateTime(item.checkedAt) })}
          </Text>
        )}
        {!editable ? (
          item.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.note}
            </Text>
          )
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!result) return;
              record.mutate({ item: code, result: result as (typeof complianceResults)[number], note });
            }}
          >
            <Stack gap="xs">
              <Radio.Group label={t('compliance.resultLabel')} value={result} onChange={setResult} required>
                <Group gap="md" mt={4}>
                  {complianceResults.map((r) => (
                    <Radio key={r} value={r} label={t(`compliance.result.${r}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                label={t('compliance.note')}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
                error={fieldError(record.error, 'note')}
              />
              <ProblemAlert error={record.error} fields={['note']} />
              <Group>
                <Button type="submit" size="xs" disabled={!result} loading={record.isPending}>
                  {t('compliance.save')}
                </Button>
                {record.isSuccess && !record.isPending && (
                  <Text size="xs" c="teal.9" role="status">
                    {t('compliance.saved')}
                  </Text>
                )}
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

export function CompliancePanel({
  applicationId,
  editable,
  canConclude,
}: {
  applicationId: string;
  editable: boolean;
  canConclude: boolean;
}) {
  const { t } = useTranslation('review');
  const checklist = useCompliance(applicationId);

  return (
    <StepPanel step="B03-2.2" headingId="compliance-heading" title={t('compliance.title')}>
      {checklist.isPending ? (
        <PageLoader />
      ) : checklist.isError ? (
        <QueryError error={checklist.error} onRetry={() => void checklist.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {t('compliance.summary', { ...checklist.data.summary, revision: checklist.data.revision })}
          </Text>
          <Title order={3} size="h4">
            {t('compliance.auto')}
          </Title>
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
            {checklist.data.items
              .filter((i) => i.kind === 'auto')
              .map((item) => (
                <AutoItem key={item.id} item={item} />
              ))}
          </Stack>
          <Title order={3} size="h4">
            {t('compliance.manual')}
          </Title>
          {!editable && (
            <Text size="sm" c="dimmed">
              {t('compliance.readOnly')}
            </Text>
          )}
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {checklist.data.items
              .filter((i) => i.kind === 'manual')
              .map((item) => (
                // Keyed by revision too: a new revision starts its manual checks afresh.
                <ManualItem
                  key={`${checklist.data.revision}-${item.id}`}
                  item={item}
                  applicationId={applicationId}
                  editable={editable}
                />
              ))}
          </Stack>
          <ConclusionSection applicationId={applicationId} checklist={checklist.data} editable={canConclude} />
        </>
      )}
    </StepPanel>
  );
}
