// B03-2.3 from the queue: a returned application the employer abandoned, closed by the specialist after confirming;
// offered only where the server says it may be (notice sent, the administrator's working days passed).
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { api } from '../../api';
import { ProblemAlert } from '../../ui/page';
import { type ApplicationListResponse, applicationPath } from '../subsidized-jobs/subsidy-queries';

type Item = ApplicationListResponse['items'][number];

function useCloseAbandoned(item: Item) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ApplicationView>(applicationPath(item.id, 'close-abandoned'), { version: item.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['subsidy', 'applications'] }),
  });
}

export function CloseAbandonedAction({ item }: { item: Item }) {
  const { t } = useTranslation('review');
  const close = useCloseAbandoned(item);
  const [confirming, setConfirming] = useState(false);
  if (!item.closable) return null;
  const confirmId = `close-confirm-${item.id}`;
  return (
    <Stack gap={6} data-step-id="B03-2.3">
      {confirming ? (
        <>
          <Text size="xs" id={confirmId} maw={260}>
            {t('queue.close.confirm', { number: item.number ?? '' })}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              color="red"
              loading={close.isPending}
              aria-describedby={confirmId}
              onClick={() => close.mutate()}
              data-action="confirm-close-abandoned"
            >
              {t('queue.close.yes')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)} disabled={close.isPending}>
              {t('queue.close.no')}
            </Button>
          </Group>
        </>
      ) : (
        <Button
          size="xs"
          variant="outline"
          color="red"
          w="fit-content"
          onClick={() => setConfirming(true)}
          data-action="close-abandoned"
        >
          {t('queue.close.action')}
        </Button>
      )}
      <ProblemAlert error={close.error} fields={[]} title={t('queue.close.failed')} />
    </Stack>
  );
}
