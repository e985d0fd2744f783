// What the centre said and decided (B03-2.3, 2.4, 3.2 as the employer sees them) and the signed revisions with their differences.
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, RevisionChange } from '../../../shared/api/subsidized-jobs';
import { remarkFields } from '../../../shared/api/subsidy-review';
import { formatTenge } from '../../../shared/money';
import { useDistrictLabel } from '../../ui/district-picker';
import { useDateTimeFormat } from '../../ui/labels';
import { PageLoader, QueryError } from '../../ui/page';
import { SignedDocumentPanel } from '../signatures/signed-document-panel';
import { type ChangeSubject, changeSubject, moneyFields } from './revision-changes';
import { formatIsoDate, occupationLabel, regionLabel, useSubsidyLabels } from './subsidy-labels';
import { useRevisionDiff } from './subsidy-queries';

type Remark = ApplicationView['remarks'][number];

function isRemarkField(field: string): field is (typeof remarkFields)[number] {
  return (remarkFields as readonly string[]).includes(field);
}

/** B03-3.2: the commission's decision, first thing on the page once it reaches the employer. */
export function DecisionBanner({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  const decision = view.decision;
  if (!decision) return null;
  const approved = decision.decision === 'approved';
  const requested = view.totals.jobs;
  return (
    <Alert
      color={approved ? 'teal' : 'red'}
      variant="filled"
      title={approved ? t('decision.approvedTitle') : t('decision.rejectedTitle')}
      data-decision={decision.decision}
      role="status"
    >
      <Stack gap={4}>
        {approved && decision.approvedJobs !== null && (
          <Text size="md" fw={600} data-approved-jobs={decision.approvedJobs}>
            {decision.approvedJobs < requested
              ? t('decision.approvedFewer', { jobs: decision.approvedJobs, requested })
              : t('decision.approvedJobs', { jobs: decision.approvedJobs })}
          </Text>
        )}
        {decision.reason && (
          <Text size="sm" data-decision-reason>
            {approved
              ? t('decision.note', { reason: decision.reason })
              : t('decision.reason', { reason: decision.reason })}
          </Text>
        )}
        <Text size="sm">{t('decision.decidedAt', { time: formatDateTime(decision.decidedAt) })}</Text>
      </Stack>
    </Alert>
  );
}

function useSubjectLabel(): (subject: ChangeSubject) => string | null {
  const { t } = useTranslation('subsidy');
  return (subject) => {
    switch (subject.kind) {
      case 'requisites':
        return `${t('summary.requisites')} · ${requisiteLabel(t, subject.field)}`;
      case 'contact':
        return t(`form.${subject.field}`);
      case 'position': {
        const position = t('position.title', { number: subject.number });
        return subject.field ? `${position} · ${positionLabel(t, subject.field)}` : position;
      }
      case 'programme':
        return t('form.programme');
      case 'programmeVersion':
        return t('diff.programmeVersion');
      case 'centre':
        return t('form.centre');
      case 'plannedStartDate':
        return t('form.plannedStartDate');
      case 'total':
        return t(`totals.${subject.field}`);
      case 'check':
        return subject.field === 'eligible' ? t('diff.checkEligible') : t('diff.checkedAt');
      case 'follows':
        return null;
      case 'other':
        return subject.path;
    }
  };
}

type T = ReturnType<typeof useTranslation<'subsidy'>>['t'];

function requisiteLabel(t: T, field: string): string {
  switch (field) {
    case 'iban':
      return t('requisites.iban.label');
    case 'legalNameKk':
    case 'legalNameRu':
    case 'bin':
    case 'legalForm':
    case 'registrationDate':
    case 'okedCode':
    case 'okedName':
    case 'legalAddress':
    case 'region':
    case 'headFullName':
    case 'headPosition':
    case 'headIin':
    case 'bic':
    case 'bankName':
    case 'phone':
    case 'email':
      return t(`requisites.${field}`);
    default:
      return field;
  }
}

function positionLabel(t: T, field: string): string {
  switch (field) {
    case 'occupationCode':
      return t('position.occupation');
    case 'jobs':
    case 'monthlyWage':
    case 'schedule':
    case 'workplace':
    case 'district':
    case 'durationMonths':
    case 'requirements':
    case 'monthlySubsidy':
      return t(`position.${field}`);
    default:
      return field;
  }
}

/** A value of the signed content in words: tenge with ₸, codes by their names, a whole position in one line. */
function useChangeValue(): (value: unknown, subject: ChangeSubject) => string {
  const { t } = useTranslation('subsidy');
  const districtLabel = useDistrictLabel();
  const labels = useSubsidyLabels();
  const formatDateTime = useDateTimeFormat();
  return (value, subject) => {
    if (value === null || value === undefined || value === '') return '—';
    const field = 'field' in subject ? subject.field : null;
    if (typeof value === 'number' && field && moneyFields.has(field)) return formatTenge(value);
    if (typeof value === 'boolean') return value ? t('diff.yes') : t('diff.no');
    if (typeof value === 'string') {
      if (field === 'occupationCode') return occupationLabel(value, labels.language);
      if (field === 'region') return regionLabel(value, labels.language);
      if (field === 'district') return districtLabel(value);
      if (field === 'legalForm') return labels.legalForm(value);
      if (field === 'schedule') return labels.schedule(value);
      if (field === 'registrationDate' || subject.kind === 'plannedStartDate') return formatIsoDate(value);
      if (field === 'checkedAt') return formatDateTime(value);
      return value;
    }
    if (typeof value === 'number') return String(value);
    if (subject.kind === 'position' && subject.field === null && typeof value === 'object') {
      const p = value as { occupationCode?: string; jobs?: number; monthlyWage?: number };
      return t('diff.positionLine', {
        occupation: p.occupationCode ? occupationLabel(p.occupationCode, labels.language) : '—',
        jobs: p.jobs ?? '—',
        wage: typeof p.monthlyWage === 'number' ? formatTenge(p.monthlyWage) : '—',
      });
    }
    return JSON.stringify(value);
  };
}

function ChangeList({ changes }: { changes: RevisionChange[] }) {
  const { t } = useTranslation('subsidy');
  const subjectLabel = useSubjectLabel();
  const describeValue = useChangeValue();
  const shown = changes
    .map((change) => ({ change, subject: changeSubject(change.path) }))
    .filter(({ subject }) => subject.kind !== 'follows');
  if (shown.length === 0) return <Text size="sm">{t('diff.none')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {shown.map(({ change, subject }) => (
        <Paper
          component="li"
          key={change.path}
          withBorder
          p="sm"
          radius="sm"
          data-change-path={change.path}
          data-change-kind={change.kind}
        >
          <Stack gap={2}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {subjectLabel(subject)}
              </Text>
              <Badge
                size="sm"
                variant="light"
                color={change.kind === 'removed' ? 'red' : change.kind === 'added' ? 'teal' : 'blue'}
              >
                {t(`diff.kind.${change.kind}`)}
              </Badge>
            </Group>
            {change.kind !== 'added' && (
              <Text size="sm">
                <Text span c="dimmed" inherit>
                  {t('diff.before')}:
                </Text>{' '}
                <del>{describeValue(change.before, subject)}</del>
              </Text>
            )}
            {change.kind !== 'removed' && (
              <Text size="sm">
                <Text span c="dimmed" inherit>
                  {t('diff.after')}:
                </Text>{' '}
                <ins style={{ textDecoration: 'none', fontWeight: 600 }}>{describeValue(change.after, subject)}</ins>
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** What changed between two signed revisions, in words: the employer's and the specialist's pages both show this. */
export function RevisionDiff({ applicationId, from, to }: { applicationId: string; from: number; to: number }) {
  const diff = useRevisionDiff(applicationId, from, to, true);
  if (diff.isPending) return <PageLoader />;
  if (diff.isError) return <QueryError error={diff.error} onRetry={() => void diff.refetch()} />;
  return <ChangeList changes={diff.data.changes} />;
}

function RevisionItem({ view, revision }: { view: ApplicationView; revision: ApplicationView['revisions'][number] }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  const [open, setOpen] = useState<'diff' | 'signatures' | null>(null);
  const diffId = `revision-${revision.revision}-diff`;
  const signaturesId = `revision-${revision.revision}-signatures`;
  const toggle = (panel: 'diff' | 'signatures') => setOpen(open === panel ? null : panel);
  return (
    <Paper component="li" withBorder p="md" radius="md" data-revision={revision.revision}>
      <Stack gap="sm">
        <Text fw={600}>
          {t('revisions.item', { revision: revision.revision, time: formatDateTime(revision.submittedAt) })}
        </Text>
        <Group gap="xs">
          {revision.revision > 1 && (
            <Button
              variant="light"
              size="xs"
              aria-expanded={open === 'diff'}
              aria-controls={open === 'diff' ? diffId : undefined}
              onClick={() => toggle('diff')}
            >
              {t('revisions.whatChanged', { previous: revision.revision - 1 })}
            </Button>
          )}
          <Button
            variant="subtle"
            size="xs"
            aria-expanded={open === 'signatures'}
            aria-controls={open === 'signatures' ? signaturesId : undefined}
            onClick={() => toggle('signatures')}
          >
            {t('revisions.signatures')}
          </Button>
        </Group>
        {open === 'diff' && (
          <div id={diffId} data-revision-diff={`${revision.revision - 1}-${revision.revision}`}>
            <RevisionDiff applicationId={view.id} from={revision.revision - 1} to={revision.revision} />
          </div>
        )}
        {open === 'signatures' && (
          <div id={signaturesId}>
            <SignedDocumentPanel documentId={revision.documentId} headingOrder={4} />
          </div>
        )}
      </Stack>
    </Paper>
  );
}

export function RevisionsPanel({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  if (view.revisions.length === 0) return null;
  const revisions = [...view.revisions].sort((a, b) => b.revision - a.revision);
  return (
    <Stack gap="sm" component="section" aria-labelledby="application-revisions" data-revisions>
      <Title order={2} size="h3" id="application-revisions">
        {t('revisions.title')}
      </Title>
      <Text size="sm">{t('revisions.intro')}</Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {revisions.map((revision) => (
          <RevisionItem key={revision.revision} view={view} revision={revision} />
        ))}
      </Stack>
    </Stack>
  );
}

function RemarkItem({ remark }: { remark: Remark }) {
  const { t } = useTranslation('subsidy');
  const formatDateTime = useDateTimeFormat();
  const subjectLabel = useSubjectLabel();
  const about = !remark.field
    ? null
    : isRemarkField(remark.field)
      ? t(`remarks.fields.${remark.field}`)
      : (subjectLabel(changeSubject(remark.field)) ?? remark.field);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      data-remark-id={remark.id}
      data-remark-revision={remark.revision}
    >
      <Stack gap={4}>
        {about && (
          <Text size="sm" fw={600}>
            {t('remarks.about', { field: about })}
          </Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {remark.text}
        </Text>
        <Text size="xs" c="dimmed">
          {t('remarks.byline', {
            revision: remark.revision,
            author: remark.authorName,
            time: formatDateTime(remark.createdAt),
          })}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * B03-2.3 from the employer's side: the centre's remarks on the latest signed revision, on top while the employer
 * corrects the application ("current"); further down, the remarks on earlier revisions ("earlier") or all of them.
 */
export function RemarksPanel({ view, show }: { view: ApplicationView; show: 'current' | 'earlier' | 'all' }) {
  const { t } = useTranslation('subsidy');
  const remarks = view.remarks.filter((r) =>
    show === 'current' ? r.revision === view.revision : show === 'earlier' ? r.revision < view.revision : true,
  );
  if (remarks.length === 0) return null;
  const headingId = `application-remarks-${show}`;
  const list = (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {[...remarks]
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((remark) => (
          <RemarkItem key={remark.id} remark={remark} />
        ))}
    </Stack>
  );
  if (show !== 'current') {
    return (
      <Stack gap="sm" component="section" aria-labelledby={headingId} data-remarks={show}>
        <Title order={2} size="h3" id={headingId}>
          {show === 'earlier' ? t('remarks.earlierTitle') : t('remarks.allTitle')}
        </Title>
        {list}
      </Stack>
    );
  }
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="orange.0"
      component="section"
      aria-labelledby={headingId}
      data-remarks="current"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('remarks.currentTitle', { revision: view.revision })}
        </Title>
        <Text size="sm">{t('remarks.currentIntro')}</Text>
        {list}
      </Stack>
    </Paper>
  );
}

/** B03-2.4 from the employer's side: the consultations the centre logged on this application. */
export function ConsultationsPanel({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  if (view.consultations.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="application-consultations" data-consultations>
      <Title order={2} size="h3" id="application-consultations">
        {t('consultations.title')}
      </Title>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {view.consultations.map((c) => (
          <Paper component="li" key={c.id} withBorder p="sm" radius="sm" data-consultation-id={c.id}>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {c.topic}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {c.summary}
              </Text>
              <Text size="xs" c="dimmed">
                {t('consultations.byline', {
                  date: formatIsoDate(c.givenOn),
                  channel: t(`consultations.channels.${c.channel}`),
                  author: c.givenByName,
                })}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
