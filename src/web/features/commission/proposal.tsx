// B03-3.1 the proposal put to the vote, per position (amended by the secretary before the first vote), and the outcome.
import { Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AgendaItemView,
  type ProposalPositionView,
  positionReason,
  type SessionView,
} from '../../../shared/api/commission';
import { occupationName } from '../../../shared/occupations';
import type { Locale } from '../../../shared/roles';
import { fieldError } from '../../api';
import { pickText, useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { wrappingButton } from './commission-labels';
import { useSessionChange } from './commission-queries';
import { ConfirmAction } from './confirm-action';

/** The occupation's name in the reader's language; the name stored with the application where the code is unknown. */
export function useOccupation() {
  const language = useUiLanguage();
  return (p: ProposalPositionView) => {
    const name = occupationName(p.occupationCode);
    return name ? pickText(name, language) : p.occupationName;
  };
}

/** typed: the person changed the reason; untouched, failed checklist items stay items (not text in this language). */
type Draft = { ordinal: number; approved: boolean; approvedJobs: number | string; reason: string; typed: boolean };

const draftOf = (p: ProposalPositionView, language: Locale): Draft => ({
  ordinal: p.ordinal,
  approved: p.approved,
  approvedJobs: p.approvedJobs,
  reason: positionReason(p, language) ?? '',
  typed: false,
});

/** One position's line as the commission reads it: proposed (or decided) jobs of those asked, and why not all. */
function PositionLine({ position, decided }: { position: ProposalPositionView; decided: boolean }) {
  const { t } = useTranslation('commission');
  const occupation = useOccupation();
  const language = useUiLanguage();
  const jobs = decided ? (position.decidedJobs ?? 0) : position.approvedJobs;
  return (
    <Table.Tr data-ordinal={position.ordinal} data-jobs={jobs}>
      <Table.Td>
        {position.ordinal}. {position.occupationCode} {occupation(position)}
      </Table.Td>
      <Table.Td>
        {jobs > 0
          ? t('proposal.jobsOf', { count: position.jobsAsked, jobs })
          : t('proposal.refused', { count: position.jobsAsked })}
      </Table.Td>
      <Table.Td>{jobs < position.jobsAsked ? (positionReason(position, language) ?? '—') : '—'}</Table.Td>
    </Table.Tr>
  );
}

function ProposalTable({ item }: { item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const decided = item.decision !== null;
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('proposal.position')}</Table.Th>
          <Table.Th>{decided ? t('proposal.decided') : t('proposal.proposed')}</Table.Th>
          <Table.Th>{t('proposal.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {item.proposal.map((p) => (
          <PositionLine key={p.ordinal} position={p} decided={decided} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProposalForm({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const change = useSessionChange(view.id);
  const occupation = useOccupation();
  const language = useUiLanguage();
  const [drafts, setDrafts] = useState<Draft[]>(item.proposal.map((p) => draftOf(p, language)));
  const [missing, setMissing] = useState(false);
  const set = (ordinal: number, patch: Partial<Draft>) =>
    setDrafts((all) => all.map((d) => (d.ordinal === ordinal ? { ...d, ...patch } : d)));
  const jobsOf = (d: Draft) => (d.approved && typeof d.approvedJobs === 'number' ? d.approvedJobs : 0);
  const asked = (ordinal: number) => item.proposal.find((p) => p.ordinal === ordinal)?.jobsAsked ?? 0;
  const needsReason = (d: Draft) => jobsOf(d) < asked(d.ordinal);
  const keepsItems = (d: Draft) =>
    !d.typed && (item.proposal.find((p) => p.ordinal === d.ordinal)?.reasonItems.length ?? 0) > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (drafts.some((d) => needsReason(d) && !d.reason.trim())) {
      setMissing(true);
      return;
    }
    change.mutate({
      method: 'PUT',
      path: `/items/${item.id}/proposal`,
      body: {
        positions: drafts.map((d) => ({
          ordinal: d.ordinal,
          approved: d.approved,
          approvedJobs: jobsOf(d),
          ...(needsReason(d) ? { reason: keepsItems(d) ? null : d.reason.trim() } : {}),
        })),
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('proposal.title')}>
      <Stack gap="sm">
        {item.proposal.map((p, index) => {
          const d = drafts.find((x) => x.ordinal === p.ordinal)!;
          return (
            <Paper key={p.ordinal} withBorder p="sm" radius="sm" data-ordinal={p.ordinal}>
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {p.ordinal}. {p.occupationCode} {occupation(p)} — {t('proposal.asked', { count: p.jobsAsked })}
                </Text>
                <Group gap="md" align="flex-end" wrap="wrap">
                  <Checkbox
                    label={t('proposal.approve')}
                    checked={d.approved}
                    onChange={(event) => {
                      const approved = event.currentTarget.checked;
                      set(p.ordinal, { approved, approvedJobs: approved ? p.jobsAsked : 0 });
                    }}
                  />
                  <NumberInput
                    label={t('proposal.approvedJobs')}
                    description={t('proposal.approvedJobsHint', { asked: p.jobsAsked })}
                    disabled={!d.approved}
                    min={1}
                    max={p.jobsAsked}
                    allowDecimal={false}
                    allowNegative={false}
                    value={d.approved ? d.approvedJobs : 0}
                    onChange={(value) => set(p.ordinal, { approvedJobs: value })}
                    error={fieldError(change.error, `positions.${index}.approvedJobs`)}
                    maw={220}
                  />
                </Group>
                {needsReason(d) && (
                  <Textarea
                    label={t('proposal.reasonLabel')}
                    required
                    autosize
                    minRows={1}
                    maxLength={2000}
                    value={d.reason}
                    onChange={(event) => set(p.ordinal, { reason: event.currentTarget.value, typed: true })}
                    error={
                      (missing && !d.reason.trim() ? t('form.required') : undefined) ??
                      fieldError(change.error, `positions.${index}.reason`)
                    }
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
        <ProblemAlert error={change.error} fields={[]} />
        <Group>
          <Button styles={wrappingButton} type="submit" variant="light" loading={change.isPending}>
            {t('proposal.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The proposal: editable by the secretary until the first vote, then read as what is voted on or was decided. */
export function ProposalSection({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  if (item.proposal.length === 0) return null;
  const live = view.status === 'planned' || view.status === 'in_session';
  const editable = view.canRecord && live && !item.decision && item.votes.length === 0 && !item.removal;
  const jobs = item.proposal.reduce((sum, p) => sum + p.approvedJobs, 0);
  const asked = item.proposal.reduce((sum, p) => sum + p.jobsAsked, 0);
  const positions = item.proposal.filter((p) => p.approvedJobs > 0).length;
  return (
    <Stack gap="xs" data-step-id="B03-3.1" data-proposal={item.id}>
      <Text size="sm" fw={600}>
        {t('proposal.title')}
      </Text>
      <Text size="sm" role="status">
        {t('proposal.positionsSummary', { count: item.proposal.length, approved: positions })},{' '}
        {t('proposal.jobsSummary', { count: asked, jobs })}
      </Text>
      {editable ? (
        <ProposalForm key={JSON.stringify(item.proposal)} view={view} item={item} />
      ) : (
        <ProposalTable item={item} />
      )}
      {!item.decision && item.votes.length > 0 && <Text size="sm">{t('proposal.locked')}</Text>}
    </Stack>
  );
}

/** What the votes carried, recorded by the secretary behind a confirmation: nothing is typed. */
export function OutcomeForm({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const change = useSessionChange(view.id);
  const { tally } = item;
  if (tally.outcome === null || !tally.quorum) return <Text size="sm">{t('decision.pending')}</Text>;
  const jobs = item.proposal.reduce((sum, p) => sum + p.approvedJobs, 0);
  const asked = item.proposal.reduce((sum, p) => sum + p.jobsAsked, 0);
  const consequence =
    tally.outcome === 'rejected'
      ? t('proposal.outcomeVotedDown')
      : jobs > 0
        ? t('proposal.outcomeCarried', { count: asked, jobs })
        : t('proposal.outcomeCarriedRejection');
  return (
    <Stack gap="xs" align="flex-start">
      <ConfirmAction
        action="record-decision"
        label={t('decision.submit')}
        consequence={`${consequence} ${t('proposal.outcomeFinal')}`}
        confirmLabel={t('proposal.outcomeDo')}
        pending={change.isPending}
        onConfirm={() => change.mutate({ method: 'POST', path: `/items/${item.id}/decision`, body: {} })}
      />
      <ProblemAlert error={change.error} fields={[]} />
    </Stack>
  );
}
