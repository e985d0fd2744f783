// The four employer steps of B03-1 as a list of buttons: which one is open, which are done, in words as well as marks.
import { SimpleGrid, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ApplicationStepId, applicationSteps, stepName } from './application-steps';
import { PassedIcon } from './outcome-icons';

export function ApplicationStepper({
  current,
  done,
  onSelect,
}: {
  current: ApplicationStepId;
  done: Record<ApplicationStepId, boolean>;
  onSelect(step: ApplicationStepId): void;
}) {
  const { t } = useTranslation('subsidy');
  return (
    <nav aria-label={t('steps.label')}>
      <SimpleGrid component="ol" cols={{ base: 2, md: 4 }} spacing="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {applicationSteps.map((step, index) => {
          const isCurrent = step === current;
          const state = done[step] ? t('steps.done') : t('steps.notDone');
          return (
            <li key={step}>
              <UnstyledButton
                onClick={() => onSelect(step)}
                aria-current={isCurrent ? 'step' : undefined}
                data-step-id={step}
                data-step-done={done[step]}
                w="100%"
                h="100%"
                p="sm"
                style={{
                  display: 'flex',
                  gap: 'var(--mantine-spacing-sm)',
                  alignItems: 'flex-start',
                  borderRadius: 'var(--mantine-radius-md)',
                  border: `${isCurrent ? 2 : 1}px solid var(--mantine-color-${isCurrent ? 'blue-7' : 'gray-4'})`,
                  background: isCurrent ? 'var(--mantine-color-blue-0)' : undefined,
                }}
              >
                <ThemeIcon
                  radius="xl"
                  size="md"
                  color={done[step] ? 'teal' : isCurrent ? 'blue' : 'gray'}
                  variant={done[step] || isCurrent ? 'filled' : 'light'}
                  aria-hidden="true"
                >
                  {done[step] ? (
                    <PassedIcon size={16} />
                  ) : (
                    <Text size="sm" fw={700} c="inherit">
                      {index + 1}
                    </Text>
                  )}
                </ThemeIcon>
                <span style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} component="span" display="block">
                    {t(`steps.${stepName[step]}.title`)}
                  </Text>
                  <Text size="xs" c="dimmed" component="span" display="block">
                    {step} · {state}
                  </Text>
                </span>
              </UnstyledButton>
            </li>
          );
        })}
      </SimpleGrid>
    </nav>
  );
}
