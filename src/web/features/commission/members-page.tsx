// The commission's members at this centre: the head appoints the chair, the secretary and the members; staff read.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MemberListResponse, type MemberRole, type MemberView, memberRoles } from '../../../shared/api/commission';
import { fieldError } from '../../api';
import { useRoleLabel } from '../../ui/labels';
import { PageLoader, ProblemAlert, QueryError, usePageTitle } from '../../ui/page';
import { ScrollRegion } from '../../ui/scroll-region';
import { useMembers, useSaveMember } from './commission-queries';

const fields = ['fullName', 'position', 'role', 'userId', 'iin'] as const;

type Draft = {
  fullName: string;
  position: string;
  role: MemberRole;
  userId: string | null;
  /** Typed anew; empty keeps the IIN on record (only its last digits are shown). */
  iin: string;
  active: boolean;
};

function MemberForm({
  initial,
  linkableUsers,
  editing,
  onDone,
  idPrefix,
}: {
  initial: MemberView | null;
  linkableUsers: MemberListResponse['linkableUsers'];
  editing: boolean;
  onDone(): void;
  idPrefix: string;
}) {
  const { t } = useTranslation('commission');
  const roleLabel = useRoleLabel();
  const save = useSaveMember();
  const [draft, setDraft] = useState<Draft>({
    fullName: initial?.fullName ?? '',
    position: initial?.position ?? '',
    role: initial?.role ?? 'member',
    userId: initial?.userId ?? null,
    iin: '',
    active: initial?.active ?? true,
  });
  const [missing, setMissing] = useState(false);
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft.fullName.trim()) {
      setMissing(true);
      return;
    }
    const member = {
      fullName: draft.fullName.trim(),
      position: draft.position.trim(),
      role: draft.role,
      userId: draft.userId,
    };
    const iin = draft.iin.trim();
    const request = initial
      ? { id: initial.id, changes: { ...member, ...(iin ? { iin } : {}), active: draft.active } }
      : { id: null, member: { ...member, iin: iin || null } };
    save.mutate(request, {
      onSuccess: () => {
        if (!initial) setDraft({ fullName: '', position: '', role: 'member', userId: null, iin: '', active: true });
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          id={`${idPrefix}-full-name`}
          label={t('members.form.fullName')}
          required
          maxLength={200}
          value={draft.fullName}
          onChange={(event) => set({ fullName: event.currentTarget.value })}
          error={
            (missing && !draft.fullName.trim() ? t('form.required') : undefined) ?? fieldError(save.error, 'fullName')
          }
        />
        <TextInput
          label={t('members.form.position')}
          maxLength={200}
          value={draft.position}
          onChange={(event) => set({ position: event.currentTarget.value })}
          error={fieldError(save.error, 'position')}
        />
        <Select
          label={t('members.form.role')}
          required
          allowDeselect={false}
          data={memberRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={draft.role}
          onChange={(value) => value && set({ role: value as MemberRole })}
          error={fieldError(save.error, 'role')}
        />
        <Select
          label={t('members.form.user')}
          description={t('members.form.userHint')}
          clearable
          placeholder={t('members.form.noUser')}
          data={linkableUsers.map((u) => ({ value: u.id, label: `${u.fullName} — ${roleLabel(u.role)}` }))}
          value={draft.userId}
          onChange={(value) => set({ userId: value })}
          error={fieldError(save.error, 'userId')}
        />
        <TextInput
          label={t('members.form.iin')}
          description={
            initial?.iinMasked ? t('members.form.iinOnRecord', { iin: initial.iinMasked }) : t('members.form.iinHint')
          }
          inputMode="numeric"
          maxLength={12}
          value={draft.iin}
          onChange={(event) => set({ iin: event.currentTarget.value.replace(/\D/g, '') })}
          error={fieldError(save.error, 'iin')}
        />
        {editing && (
          <Switch
            label={t('members.form.active')}
            checked={draft.active}
            onChange={(event) => set({ active: event.currentTarget.checked })}
          />
        )}
        <ProblemAlert error={save.error} fields={fields} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {editing ? t('members.form.save') : t('members.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CommissionMembersPage() {
  const { t } = useTranslation('commission');
  usePageTitle(t('members.title'));
  const members = useMembers();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [editing, setEditing] = useState<MemberView | null>(null);

  if (members.isPending) return <PageLoader />;
  if (members.isError) return <QueryError error={members.error} onRetry={() => void members.refetch()} />;
  const { items, linkableUsers, canManage } = members.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/commission" size="sm">
        {t('session.back')}
      </Anchor>
      <Stack gap="xs" maw={760}>
        <Title order={1}>{t('members.title')}</Title>
        <Text>{t('members.intro')}</Text>
        {!canManage && <Text c="dimmed">{t('members.readOnly')}</Text>}
      </Stack>
      {items.length === 0 ? (
        <Text>{t('members.empty')}</Text>
      ) : (
        <ScrollRegion label={t('members.tableLabel')}>
          <Table miw={640} withTableBorder verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('members.tableLabel')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.columns.fullName')}</Table.Th>
                <Table.Th>{t('members.columns.role')}</Table.Th>
                <Table.Th>{t('members.columns.user')}</Table.Th>
                <Table.Th>{t('members.columns.active')}</Table.Th>
                {canManage && <Table.Th>{t('members.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((member) => (
                <Table.Tr
                  key={member.id}
                  data-member-id={member.id}
                  data-role={member.role}
                  data-active={member.active}
                >
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {member.fullName}
                    </Text>
                    {member.position && (
                      <Text size="xs" c="dimmed">
                        {member.position}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
                  <Table.Td>{member.userName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={member.active ? 'teal' : 'gray'} variant="light">
                      {member.active ? t('members.active') : t('members.inactive')}
                    </Badge>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setEditing(member)}
                        aria-label={t('members.editOne', { name: member.fullName })}
                      >
                        {t('members.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {canManage && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-member-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="add-member-title">
              {t('members.add')}
            </Title>
            <MemberForm initial={null} linkableUsers={linkableUsers} editing={false} onDone={() => {}} idPrefix="new" />
          </Stack>
        </Paper>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('members.editTitle')}
        fullScreen={isPhone}
        size="lg"
      >
        {editing && (
          <MemberForm
            key={editing.id}
            initial={editing}
            linkableUsers={linkableUsers}
            editing
            onDone={() => setEditing(null)}
            idPrefix="edit"
          />
        )}
      </Modal>
    </Stack>
  );
}
