// One application before the commission: the employer's positions and checks, conflicts of interest, each member's
// proposal, vote with dissent, the tally by the commission's rule, and the decision (B03-3.1) with its entry into the application.
import {
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, SessionView, VoteChoice } from '../../../shared/api/commission';
import { proposalGrounds, votes as voteChoices } from '../../../shared/api/commission';
import { Role } from '../../../shared/roles';
import { fieldError } from '../../api';
import { useUiLanguage } from '../../ui/labels';
import { ProblemAlert } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { ConclusionSummary } from '../subsidy-review/conclusion-panel';
import { ApplicationStatusBadge, Fact, useLocalName, wrappingButton } from './commission-labels';
import { useEnterDecisions, useSessionChange } from './commission-queries';
import { ConfirmAction } from './confirm-action';
import { OutcomeForm, ProposalSection, useOccupation } from './proposal';
import { ItemWaysOut } from './ways-out';

type Member = SessionView['members'][number];

function ConflictForm({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const change = useSessionChange(view.id);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const candidates = view.members.filter((m) => !item.conflicts.some((c) => c.memberId === m.id));
  if (candidates.length === 0) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!memberId || !reason.trim()) {
      setMissing(true);
      return;
    }
    change.mutate(
      { method: 'POST', path: `/items/${item.id}/conflicts`, body: { memberId, reason: reason.trim() } },
      {
        onSuccess: () => {
          setMemberId(null);
          setReason('');
          setMissing(false);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('conflicts.member')}
            required
            data={candidates.map((m) => ({ value: m.id, label: m.fullName }))}
            value={memberId}
            onChange={setMemberId}
            error={(missing && !memberId ? t('form.required') : undefined) ?? fieldError(change.error, 'memberId')}
          />
          <TextInput
            label={t('conflicts.reason')}
            required
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={(missing && !reason.trim() ? t('form.required') : undefined) ?? fieldError(change.error, 'reason')}
          />
        </SimpleGrid>
        <ProblemAlert error={change.error} fields={['memberId', 'reason']} />
        <Group>
          <Button styles={wrappingButton} type="submit" variant="light" loading={change.isPending}>
            {t('conflicts.declare')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function VoteRow({
  view,
  item,
  member,
  editable,
}: {
  view: SessionView;
  item: AgendaItemView;
  member: Member;
  editable: boolean;
}) {
  const { t } = useTranslation('commission');
  const change = useSessionChange(view.id);
  const recorded = item.votes.find((v) => v.memberId === member.id);
  const conflicted = item.conflicts.some((c) => c.memberId === member.id) || item.recusedMemberIds.includes(member.id);
  const recused = item.recusedMemberIds.includes(member.id);
  const [dissent, setDissent] = useState(recorded?.dissent ?? '');
  const state = conflicted ? 'conflicted' : member.present !== true ? 'absent' : (recorded?.vote ?? 'none');
  const save = (vote: VoteChoice) =>
    change.mutate({
      method: 'PUT',
      path: `/items/${item.id}/votes/${member.id}`,
      body: { vote, ...(dissent.trim() ? { dissent: dissent.trim() } : {}) },
    });

  return (
    <Paper component="li" withBorder p="sm" radius="sm" data-member-id={member.id} data-vote={state}>
      {conflicted || member.present !== true || !editable ? (
        <Stack gap={2}>
          <Text size="sm">
            {member.fullName}:{' '}
            <strong>
              {recused
                ? t('votes.recused')
                : conflicted
                  ? t('votes.conflicted')
                  : member.present !== true
                    ? t('votes.absent')
                    : recorded
                      ? t(`votes.${recorded.vote}`)
                      : t('votes.none')}
            </strong>
          </Text>
          {recorded?.dissent && (
            <Text size="sm">
              {t('votes.dissent')}: {recorded.dissent}
            </Text>
          )}
        </Stack>
      ) : (
        <Stack gap="xs">
          <Radio.Group
            label={member.fullName}
            description={t(`roles.${member.role}`)}
            value={recorded?.vote ?? null}
            onChange={(value) => save(value as VoteChoice)}
          >
            <Group gap="md" mt={4}>
              {voteChoices.map((choice) => (
                <Radio key={choice} value={choice} label={t(`votes.${choice}`)} disabled={change.isPending} />
              ))}
            </Group>
          </Radio.Group>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Textarea
              label={t('votes.dissent')}
              description={t('votes.dissentHint')}
              autosize
              minRows={1}
              maxLength={2000}
              value={dissent}
              onChange={(event) => setDissent(event.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
            />
            <Button
              styles={wrappingButton}
              variant="subtle"
              size="sm"
              disabled={!recorded || dissent === (recorded.dissent ?? '')}
              onClick={() => recorded && save(recorded.vote)}
            >
              {t('votes.saveDissent')}
            </Button>
          </Group>
          <ProblemAlert error={change.error} fields={[]} />
        </Stack>
      )}
    </Paper>
  );
}

function EnterDecisionButton({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const enter = useEnterDecisions(view.id);
  return (
    <Stack gap="xs" align="flex-start">
      <ConfirmAction
        action="enter-decision"
        variant="light"
        label={t('decision.enterOne')}
        consequence={t('decision.enterConfirm')}
        confirmLabel={t('decision.enterDo')}
        pending={enter.isPending}
        onConfirm={() => enter.mutate({ applicationId: item.application.id, version: item.application.version })}
      />
      <ProblemAlert error={enter.error} fields={[]} />
    </Stack>
  );
}

export function AgendaItemCard({ view, item }: { view: SessionView; item: AgendaItemView }) {
  const { t } = useTranslation('commission');
  const localName = useLocalName();
  const user = useCurrentUser();
  const { application, tally, decision } = item;
  const recording = view.canRecord && view.status === 'in_session' && !decision;
  const compliance = application.compliance;
  const headingId = `item-${item.id}-title`;
  const language = useUiLanguage();
  const occupation = useOccupation();
  // The grounds in the reader's language, drawn from the positions; the stored text where they give none.
  const grounds = decision ? (proposalGrounds(item.proposal, language, occupation) ?? decision.reason) : null;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      id={`item-${item.id}`}
      aria-labelledby={headingId}
      data-item-id={item.id}
      data-application-id={application.id}
      data-decision={decision?.decision ?? 'none'}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {t('item.title', { ordinal: item.ordinal, employer: localName(application.employer) })}
          </Title>
          <ApplicationStatusBadge status={application.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('item.number')}>{application.number ?? '—'}</Fact>
          <Fact label={t('item.binLabel')}>{application.employer.bin}</Fact>
          <Fact label={t('item.programme')}>{localName(application.programme)}</Fact>
          <Fact label={t('item.jobsAsked')}>{application.jobsAsked}</Fact>
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('item.positions')}
          </Text>
          <List size="sm" spacing={2}>
            {application.positions.map((p) => (
              <List.Item key={`${p.occupationCode}-${p.district}-${p.jobs}`}>
                {t('item.position', {
                  code: p.occupationCode,
                  name: p.occupationName,
                  jobs: p.jobs,
                  months: p.durationMonths,
                  district: p.district,
                })}
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Text size="sm">
            {application.employerEligible === null
              ? t('item.checkMissing')
              : application.employerEligible
                ? t('item.checkPassed')
                : t('item.checkFailed')}
          </Text>
          <Text size="sm">
            {compliance.items.length === 0
              ? t('item.complianceMissing')
              : t('item.compliance', {
                  passed: compliance.passed,
                  failed: compliance.failed,
                  notApplicable: compliance.notApplicable,
                })}
          </Text>
        </Stack>

        <Stack gap="xs" data-conclusion-of={application.id}>
          <Text size="sm" fw={600}>
            {t('item.conclusion')}
          </Text>
          {application.conclusion ? (
            <ConclusionSummary conclusion={application.conclusion} />
          ) : (
            <Text size="sm">{t('item.conclusionMissing')}</Text>
          )}
        </Stack>

        <ProposalSection view={view} item={item} />

        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('conflicts.title')}
          </Title>
          {item.conflicts.length === 0 ? (
            <Text size="sm">{t('conflicts.none')}</Text>
          ) : (
            <List size="sm">
              {item.conflicts.map((c) => (
                <List.Item key={c.memberId} data-member-id={c.memberId}>
                  {t('conflicts.line', { name: c.memberName, reason: c.reason })}
                </List.Item>
              ))}
            </List>
          )}
          {view.canRecord && view.status !== 'closed' && !decision && <ConflictForm view={view} item={item} />}
        </Stack>

        {view.status !== 'planned' && (
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('votes.title')}
            </Title>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {view.members.map((member) => (
                <VoteRow
                  key={member.id}
                  view={view}
                  item={item}
                  member={member}
                  editable={
                    view.status === 'in_session' && !decision && (view.canRecord || member.id === view.myMemberId)
                  }
                />
              ))}
            </Stack>
            <Text size="sm" role="status" data-outcome={tally.outcome ?? 'pending'}>
              {t('votes.tally', { for: tally.for, against: tally.against, abstain: tally.abstain })}{' '}
              {tally.notVoted > 0 ? t('votes.notVoted', { n: tally.notVoted }) : ''}{' '}
              {t('votes.needed', { needed: tally.forNeeded, present: tally.eligiblePresent })}{' '}
              {!tally.quorum ? t('votes.noQuorum') : tally.outcome ? t(`votes.outcome.${tally.outcome}`) : ''}
            </Text>
          </Stack>
        )}

        <Stack gap="xs" data-step-id="B03-3.1">
          <Title order={4} size="h5">
            {t('decision.title')}
          </Title>
          {decision ? (
            <Group gap="sm" align="center">
              <Badge
                color={decision.decision === 'approved' ? 'teal' : 'red'}
                variant="filled"
                data-decision={decision.decision}
              >
                {t(`decision.badge.${decision.decision}`)}
              </Badge>
              <Text size="sm">
                {decision.decision === 'approved'
                  ? t('decision.approvedFor', { jobs: decision.approvedJobs ?? 0, asked: application.jobsAsked })
                  : decision.rejectedByVote
                    ? t('decision.rejectedByVote')
                    : t('decision.rejectedBecause', { reason: grounds ?? '' })}
              </Text>
              {decision.decision === 'approved' && grounds && (
                <Text size="sm">{t('decision.groundsLine', { reason: grounds })}</Text>
              )}
            </Group>
          ) : recording ? (
            <OutcomeForm view={view} item={item} />
          ) : (
            <Text size="sm">{t('decision.pending')}</Text>
          )}
          {decision && application.status === 'at_commission' && user?.role === Role.employerRelationsSpecialist && (
            <EnterDecisionButton view={view} item={item} />
          )}
          {(application.status === 'approved' || application.status === 'rejected') && (
            <Text size="sm" role="status">
              {t('decision.delivered')}
            </Text>
          )}
        </Stack>
        {view.status !== 'closed' && view.status !== 'cancelled' && <ItemWaysOut view={view} item={item} />}
      </Stack>
    </Paper>
  );
}
