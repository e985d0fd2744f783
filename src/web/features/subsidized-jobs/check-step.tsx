// B03-1.3 the automatic check: the registries asked on request, each condition passed or not in words, with source and time.
import { Alert, Button, Group, List, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, CheckView } from '../../../shared/api/subsidized-jobs';
import { ApiProblem } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { readableAlertTitle } from './alert-styles';
import { hasAction } from './application-steps';
import { OtherConditions } from './check-other-conditions';
import { FailedIcon, PassedIcon } from './outcome-icons';
import { formatIsoDate, useSubsidyLabels } from './subsidy-labels';
import { useRunCheck } from './subsidy-queries';

/** The registries could not answer (down, slow, or outside their contract): nothing was decided, try later. */
function isUnavailable(error: unknown): boolean {
  return error instanceof ApiProblem && (error.code === 'gov_registries.unavailable' || error.status === 503);
}

function CheckResult({ check }: { check: CheckView }) {
  const { t } = useTranslation('subsidy');
  const labels = useSubsidyLabels();
  const formatDateTime = useDateTimeFormat();
  const failed = check.conditions.filter((c) => !c.passed);
  return (
    <Stack gap="md" data-check-result={check.eligible ? 'eligible' : 'not_eligible'}>
      {check.eligible ? (
        <Alert color="teal" title={t('check.eligibleTitle')} role="status" styles={readableAlertTitle}>
          <Text size="sm">{t('check.eligibleText')}</Text>
        </Alert>
      ) : (
        <Alert color="red" title={t('check.notEligibleTitle')} role="alert">
          <Stack gap="xs">
            <Text size="sm">{t('check.notEligibleText')}</Text>
            <List size="sm" spacing={4}>
              {failed.map((c) => (
                <List.Item key={c.code} data-failed-reason={c.code}>
                  {labels.conditionFailure(c.code)}
                </List.Item>
              ))}
            </List>
            <Text size="sm">{t('check.notEligibleNext')}</Text>
          </Stack>
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="check-conditions">
        <Title order={3} size="h4" id="check-conditions">
          {t('check.conditionsTitle')}
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {check.conditions.map((c) => (
            <Paper
              component="li"
              key={c.code}
              withBorder
              p="sm"
              radius="sm"
              data-condition={c.code}
              data-passed={c.passed}
            >
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon color={c.passed ? 'teal' : 'red'} variant="light" radius="xl" size="md">
                  {c.passed ? <PassedIcon /> : <FailedIcon />}
                </ThemeIcon>
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={600}>
                    {c.passed ? t('check.passed') : t('check.failed')}: {labels.conditionName(c.code)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('check.source', { source: labels.source(c.source) })}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))}
        </Stack>
      </Stack>
      <OtherConditions check={check} />
      <Stack gap={2}>
        <Text size="sm">
          {t('check.checkedAt')}: <time dateTime={check.checkedAt}>{formatDateTime(check.checkedAt)}</time>
          {' · '}
          {t('check.applicationDate', { date: formatIsoDate(check.applicationDate) })}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('check.requests')}:{' '}
          {check.sources
            .map((s) => `${labels.source(s.source)} — ${s.requestId}, ${formatDateTime(s.checkedAt)}`)
            .join('; ')}
        </Text>
      </Stack>
    </Stack>
  );
}

export function CheckStep({
  view,
  beforeCheck,
  onDone,
}: {
  view: ApplicationView;
  /** Lets a save of the form in progress finish first, so the two do not race for the same version. */
  beforeCheck(): Promise<boolean>;
  onDone(): void;
}) {
  const { t } = useTranslation('subsidy');
  const run = useRunCheck(view.id);
  const canCheck = hasAction(view, 'check_employer');

  const start = async () => {
    run.reset();
    if (!(await beforeCheck())) return;
    run.mutate(undefined);
  };

  return (
    <Stack gap="lg">
      <Text size="sm">{t('check.intro')}</Text>
      {canCheck && (
        <Group gap="sm">
          <Button onClick={() => void start()} loading={run.isPending} data-run-check>
            {view.check ? t('check.runAgain') : t('check.run')}
          </Button>
        </Group>
      )}
      {run.isPending && (
        <Stack gap={4} role="status" aria-live="polite" data-check-progress>
          <Text size="sm">{t('check.running')}</Text>
          <Progress value={100} animated striped aria-label={t('check.running')} />
        </Stack>
      )}
      {run.isError &&
        (isUnavailable(run.error) ? (
          <Alert
            color="orange"
            title={t('check.unavailableTitle')}
            role="alert"
            styles={readableAlertTitle}
            data-check-unavailable
          >
            <Text size="sm">{t('check.unavailableText')}</Text>
          </Alert>
        ) : (
          <ProblemAlert error={run.error} fields={[]} title={t('check.errorTitle')} />
        ))}
      {view.check
        ? !run.isPending && <CheckResult check={view.check} />
        : !run.isPending && (
            <Text size="sm" c="dimmed">
              {t('check.notYet')}
            </Text>
          )}
      {view.check?.eligible && canCheck && !run.isPending && (
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('check.continue')}</Button>
        </Group>
      )}
    </Stack>
  );
}
