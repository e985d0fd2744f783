// For administrators: the e-mails the system sent, queued or kept, each with its text on demand.
import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboundMailItem } from '../../../shared/api/notifications';
import { api } from '../../api';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';

const statusColour: Record<OutboundMailItem['status'], string> = {
  pending: 'yellow',
  sent: 'blue',
  kept: 'gray',
  failed: 'red',
};

function MailRow({ mail }: { mail: OutboundMailItem }) {
  const { t } = useTranslation('admin');
  const formatDateTime = useDateTimeFormat();
  const [expanded, setExpanded] = useState(false);
  const bodyId = `mail-body-${mail.id}`;
  return (
    <Fragment>
      <Table.Tr data-mail-id={mail.id}>
        <Table.Td style={{ overflowWrap: 'anywhere' }}>{mail.to}</Table.Td>
        <Table.Td>
          <Stack gap={4} align="flex-start">
            <Text size="sm">{mail.subject}</Text>
            <Button
              variant="subtle"
              size="compact-xs"
              aria-expanded={expanded}
              aria-controls={expanded ? bodyId : undefined}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? t('mail.hideBody') : t('mail.showBody')}
            </Button>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Badge color={statusColour[mail.status]} variant="filled">
            {t(`mail.status.${mail.status}`)}
          </Badge>
        </Table.Td>
        <Table.Td>
          <Text size="sm" component="time" dateTime={mail.createdAt}>
            {formatDateTime(mail.createdAt)}
          </Text>
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={bodyId}>
          <Table.Td colSpan={4} bg="gray.0">
            <Stack gap="xs">
              <Text size="sm" className="mail-body">
                {mail.body}
              </Text>
              {mail.sentAt && (
                <Text size="xs" c="dimmed">
                  {t('mail.sentAt', { time: formatDateTime(mail.sentAt) })}
                </Text>
              )}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

export function OutboundMailPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('mail.title'));
  const mail = useQuery({
    queryKey: ['admin', 'mail'],
    queryFn: () => api.get<{ items: OutboundMailItem[] }>('/api/admin/mail'),
  });

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={1}>{t('mail.title')}</Title>
        <Text>{t('mail.intro')}</Text>
      </Stack>
      {mail.isPending ? (
        <PageLoader />
      ) : mail.isError ? (
        <QueryError error={mail.error} onRetry={() => void mail.refetch()} />
      ) : mail.data.items.length === 0 ? (
        <Text>{t('mail.empty')}</Text>
      ) : (
        <ScrollRegion label={t('mail.tableLabel')}>
          <Table miw={640} withTableBorder striped={false} verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('mail.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mail.columns.to')}</Table.Th>
                <Table.Th>{t('mail.columns.subject')}</Table.Th>
                <Table.Th>{t('mail.columns.status')}</Table.Th>
                <Table.Th>{t('mail.columns.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mail.data.items.map((item) => (
                <MailRow key={item.id} mail={item} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
