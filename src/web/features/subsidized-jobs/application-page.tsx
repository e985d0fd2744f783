// One application in the employer's cabinet: the steps of B03-1 (requisites, form, check, sign and send), then the
// centre's remarks, consultations and decision as they arrive (B03-2.3, 2.4, 3.2), and the signed revisions.
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';
import { ApiProblem } from '../../api';
import { PageLoader, QueryError, usePageTitle } from '../../ui/page';
import { useCurrentUser } from '../auth/session';
import { ConsultationsPanel, DecisionBanner, RemarksPanel, RevisionsPanel } from './application-history';
import { ApplicationStepper } from './application-stepper';
import {
  type ApplicationStepId,
  applicationPhase,
  applicationSteps,
  completedSteps,
  firstOpenStep,
  hasAction,
  stepName,
} from './application-steps';
import { ClosureBanner, WaitingNotice, WithdrawPanel } from './application-way-outs';
import { CheckStep } from './check-step';
import { CommissionDecisionDetails } from './commission-decision';
import { FormStep } from './form-step';
import { RequisitesStep, useRequisitesDraft } from './requisites-step';
import { SignStep } from './sign-step';
import { StatusBadge } from './status-badge';
import { useApplication, useOrganisationRequisites } from './subsidy-queries';
import { useFormAutosave } from './use-form-autosave';

function isStep(value: string | null): value is ApplicationStepId {
  return (applicationSteps as readonly (string | null)[]).includes(value);
}

function ApplicationWorkspace({ view }: { view: ApplicationView }) {
  const { t } = useTranslation('subsidy');
  const user = useCurrentUser();
  const organisation = useOrganisationRequisites();
  const [searchParams, setSearchParams] = useSearchParams();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const title = view.number ? t('page.titleNumbered', { number: view.number }) : t('page.titleDraft');
  usePageTitle(title);

  const requestedStep = searchParams.get('step');
  // Chosen once when the page opens: an autosave that completes the form must not move the person off it mid-typing.
  const [openedOn] = useState(() => firstOpenStep(view));
  const current = isStep(requestedStep) ? requestedStep : openedOn;
  const phase = applicationPhase(view);
  const contactDefaults = useMemo(
    () => ({ name: user?.fullName, phone: view.requisites?.phone, email: view.requisites?.email }),
    [user?.fullName, view.requisites?.phone, view.requisites?.email],
  );
  const autosave = useFormAutosave({ view, defaults: contactDefaults, editable: hasAction(view, 'save_form') });
  const requisites = useRequisitesDraft(view, organisation.data);

  const goTo = (step: ApplicationStepId) => {
    setSearchParams({ step });
    // The new step's heading takes the focus, as a new page's would, and comes into view on a phone.
    requestAnimationFrame(() => {
      stepHeading.current?.focus();
      stepHeading.current?.scrollIntoView({ block: 'start' });
    });
  };

  const stepDescription = t(`steps.${stepName[current]}.description`);

  return (
    <Stack gap="lg" data-application-id={view.id}>
      <Stack gap="xs">
        <Anchor component={Link} to="/employer/applications" size="sm">
          {t('page.back')}
        </Anchor>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1}>{title}</Title>
          <StatusBadge status={view.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('page.meta', { programme: view.programme.name, centre: view.centre.name, employer: view.employer.name })}
        </Text>
      </Stack>

      <DecisionBanner view={view} />
      <CommissionDecisionDetails view={view} />
      <ClosureBanner view={view} />
      <WaitingNotice view={view} />
      {phase !== 'sent' && <RemarksPanel view={view} show="current" />}

      <ApplicationStepper current={current} done={completedSteps(view)} onSelect={goTo} />

      <Stack gap="md" component="section" aria-labelledby="application-step-title" data-step-panel={current}>
        <Stack gap={4}>
          <Title
            order={2}
            id="application-step-title"
            ref={stepHeading}
            tabIndex={-1}
            // Clear of the fixed header when scrolled into view.
            style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 64px) + var(--mantine-spacing-md))' }}
          >
            {t(`steps.${stepName[current]}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {stepDescription}
          </Text>
        </Stack>
        {current === 'B03-1.1' && view.requisites === null && organisation.isPending && <PageLoader />}
        {current === 'B03-1.1' && !(view.requisites === null && organisation.isPending) && (
          <RequisitesStep
            view={view}
            requisites={requisites}
            readOnly={!hasAction(view, 'save_requisites')}
            onDone={() => goTo('B03-1.2')}
          />
        )}
        {current === 'B03-1.2' && (
          <FormStep
            view={view}
            autosave={autosave}
            readOnly={!hasAction(view, 'save_form')}
            onDone={() => goTo('B03-1.3')}
          />
        )}
        {current === 'B03-1.3' && (
          <CheckStep view={view} beforeCheck={autosave.settle} onDone={() => goTo('B03-1.4')} />
        )}
        {current === 'B03-1.4' && <SignStep view={view} beforePrepare={autosave.settle} onGoTo={goTo} />}
      </Stack>

      <ConsultationsPanel view={view} />
      <RevisionsPanel view={view} />
      <RemarksPanel view={view} show={phase === 'sent' ? 'all' : 'earlier'} />
      <WithdrawPanel view={view} />
    </Stack>
  );
}

function ApplicationUnavailable({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation('subsidy');
  usePageTitle(t('page.titleDraft'));
  const notFound = error instanceof ApiProblem && error.status === 404;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/employer/applications" size="sm">
        {t('page.back')}
      </Anchor>
      <Title order={1}>{t('page.titleDraft')}</Title>
      {notFound ? <Alert color="red">{t('page.notFound')}</Alert> : <QueryError error={error} onRetry={onRetry} />}
    </Stack>
  );
}

export function EmployerApplicationPage() {
  const { id = '' } = useParams();
  const application = useApplication(id);
  if (application.isPending) return <PageLoader />;
  if (application.isError) {
    return <ApplicationUnavailable error={application.error} onRetry={() => void application.refetch()} />;
  }
  return <ApplicationWorkspace key={application.data.id} view={application.data} />;
}
