// A step of the map on the review page: a titled section marked with its step id, as each panel draws itself.
import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function StepPanel({
  step,
  headingId,
  title,
  aside,
  children,
}: {
  /** The map's step id, e.g. "B03-2.2". */
  step: string;
  headingId: string;
  title: string;
  /** Beside the title: the step's main action. */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} size="h3" id={headingId}>
      {title}
    </Title>
  );
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId} data-step-id={step}>
      <Stack gap="sm">
        {aside ? (
          <Group justify="space-between" gap="sm" wrap="wrap">
            {heading}
            {aside}
          </Group>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Paper>
  );
}
