// The functional process map like the seed document: a table of who, number, action, system and what implements it;
// on a phone, where five columns cannot be read, the same steps as a list grouped by stage.
import { Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ProcessMap, ProcessStep } from '../../../shared/api/processes';
import { pickText, useSystemLabel, useUiLanguage } from '../../ui/labels';
import { ScrollRegion } from '../../ui/scroll-region';
import { groupIntoStages } from './process-stages';

function ImplementedBy({ step }: { step: ProcessStep }) {
  const { t } = useTranslation('processes');
  if (step.implementedBy.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('notImplemented')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {step.implementedBy.map((implementation) => (
        <Code key={`${implementation.workflow}:${implementation.action}`}>
          {implementation.workflow} · {implementation.action}
        </Code>
      ))}
    </Stack>
  );
}

export function ProcessSteps({ map }: { map: ProcessMap }) {
  const isPhone = useMediaQuery('(max-width: 47.99em)', undefined, { getInitialValueInEffect: false });
  return isPhone ? <ProcessStepList map={map} /> : <ProcessTable map={map} />;
}

function StepMeta({ step }: { step: ProcessStep }) {
  const { t } = useTranslation('processes');
  const language = useUiLanguage();
  const systemLabel = useSystemLabel();
  const system = systemLabel(step.system);
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <Text size="xs" fw={600}>
            {t('columns.lane')}:
          </Text>
          <Text size="xs">{pickText(step.laneName, language)}</Text>
        </Group>
        {system && (
          <Group gap={6} wrap="nowrap">
            <Text size="xs" fw={600}>
              {t('columns.system')}:
            </Text>
            <Text size="xs">{system}</Text>
          </Group>
        )}
      </Group>
      <Group gap={6} wrap="wrap" align="flex-start">
        <Text size="xs" fw={600}>
          {t('columns.implementedBy')}:
        </Text>
        <ImplementedBy step={step} />
      </Group>
    </Stack>
  );
}

function ProcessStepList({ map }: { map: ProcessMap }) {
  const language = useUiLanguage();
  const stages = groupIntoStages(map.steps);
  return (
    <Stack gap="lg">
      {stages.map((stage) => {
        const [head, ...rest] = stage.rows.map((row) => row.step);
        if (!head) return null;
        const subSteps = head.isStage ? rest : [head, ...rest];
        return (
          <Stack key={stage.id} gap="xs" component="section">
            {head.isStage && (
              <Paper data-step-id={head.id} bg="blue.0" p="sm" radius="sm">
                <Title order={2} size="h4">
                  {head.number}. {pickText(head.action, language)}
                </Title>
                <Text size="xs" c="dimmed" mb={6}>
                  {head.id}
                </Text>
                <StepMeta step={head} />
              </Paper>
            )}
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {subSteps.map((step) => (
                <Paper component="li" key={step.id} data-step-id={step.id} withBorder p="sm" radius="sm">
                  <Group gap="xs" wrap="nowrap" align="baseline">
                    <Text size="sm" fw={700}>
                      {step.number}
                    </Text>
                    <Text size="sm">{pickText(step.action, language)}</Text>
                  </Group>
                  <Text size="xs" c="dimmed" mb={6}>
                    {step.id}
                  </Text>
                  <StepMeta step={step} />
                </Paper>
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}

function ProcessTable({ map }: { map: ProcessMap }) {
  const { t } = useTranslation('processes');
  const language = useUiLanguage();
  const systemLabel = useSystemLabel();
  const stages = groupIntoStages(map.steps);
  const label = t('tableLabel', { code: map.officialCode });

  return (
    <ScrollRegion label={label}>
      <Table className="process-table" withTableBorder withColumnBorders miw={760} verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }} className="visually-hidden">
          {label}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="20%">{t('columns.lane')}</Table.Th>
            <Table.Th w="9%">{t('columns.number')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th w="12%">{t('columns.system')}</Table.Th>
            <Table.Th w="20%">{t('columns.implementedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {stages.map((stage) => (
          <Table.Tbody key={stage.id}>
            {stage.rows.map(({ step, laneRowSpan }) => (
              <Table.Tr key={step.id} data-step-id={step.id} className={step.isStage ? 'stage-row' : undefined}>
                {laneRowSpan > 0 && (
                  <Table.Td rowSpan={laneRowSpan} className="lane-cell">
                    <Text size="sm" fw={600}>
                      {pickText(step.laneName, language)}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm" fw={step.isStage ? 700 : 400}>
                    {step.number}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {step.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={step.isStage ? 700 : 400}>
                    {pickText(step.action, language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{systemLabel(step.system)}</Text>
                </Table.Td>
                <Table.Td>
                  <ImplementedBy step={step} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </ScrollRegion>
  );
}
