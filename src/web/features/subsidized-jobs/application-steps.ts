// Which step of B03-1 the employer is at, read from the application and the actions the server offers, never guessed from the status.
import type { ApplicationView } from '../../../shared/api/subsidized-jobs';

export const applicationSteps = ['B03-1.1', 'B03-1.2', 'B03-1.3', 'B03-1.4'] as const;
export type ApplicationStepId = (typeof applicationSteps)[number];

export type EmployerAction =
  | 'save_requisites'
  | 'save_form'
  | 'check_employer'
  | 'prepare_signature'
  | 'edit'
  | 'edit_returned'
  | 'sign_and_send';

export function hasAction(view: Pick<ApplicationView, 'actions'>, action: EmployerAction): boolean {
  return view.actions.some((a) => a.action === action);
}

/**
 * editing: the employer may change the requisites or the form (a draft, or returned with remarks);
 * signing: the document is prepared and waits for the ЭЦП, or for "edit" to take it back;
 * sent: at the centre or decided, nothing left for the employer to do.
 */
export type ApplicationPhase = 'editing' | 'signing' | 'sent';

export function applicationPhase(view: Pick<ApplicationView, 'actions'>): ApplicationPhase {
  if (hasAction(view, 'save_requisites') || hasAction(view, 'save_form') || hasAction(view, 'check_employer')) {
    return 'editing';
  }
  if (hasAction(view, 'sign_and_send') || hasAction(view, 'edit') || hasAction(view, 'edit_returned')) return 'signing';
  return 'sent';
}

export function hasContacts(view: Pick<ApplicationView, 'contactName' | 'contactPhone' | 'contactEmail'>): boolean {
  return Boolean(view.contactName && view.contactPhone && view.contactEmail);
}

/** Each step's own part is done: requisites saved, contacts and at least one position, a passed check, the signed form sent. */
export function completedSteps(view: ApplicationView): Record<ApplicationStepId, boolean> {
  const phase = applicationPhase(view);
  return {
    'B03-1.1': view.requisites !== null,
    'B03-1.2': hasContacts(view) && view.positions.length > 0,
    'B03-1.3': view.check?.eligible === true,
    'B03-1.4': phase === 'sent' && view.revisions.length > 0,
  };
}

/**
 * The step to open the page on: the first unfinished one while editing, the form when the centre returned a sent
 * application for corrections, the signing step otherwise.
 */
export function firstOpenStep(view: ApplicationView): ApplicationStepId {
  if (applicationPhase(view) !== 'editing') return 'B03-1.4';
  const done = completedSteps(view);
  const unfinished = applicationSteps.find((step) => step !== 'B03-1.4' && !done[step]);
  if (unfinished) return unfinished;
  return view.revision > 0 ? 'B03-1.2' : 'B03-1.4';
}

/** Why "prepare for signing" is not offered while editing, in the order the employer should fix things. */
export type SigningBlocker = 'requisites' | 'form' | 'check' | 'not_eligible' | 'check_stale';

export function signingBlocker(view: ApplicationView): SigningBlocker | null {
  if (hasAction(view, 'prepare_signature')) return null;
  if (view.requisites === null) return 'requisites';
  if (!hasContacts(view) || view.positions.length === 0) return 'form';
  if (view.check === null) return 'check';
  if (!view.check.eligible) return 'not_eligible';
  // Everything is in place but the server still does not offer it: the check is older than the server accepts.
  return 'check_stale';
}

/** The step where each blocker is fixed. */
export const blockerStep: Record<SigningBlocker, ApplicationStepId> = {
  requisites: 'B03-1.1',
  form: 'B03-1.2',
  check: 'B03-1.3',
  not_eligible: 'B03-1.3',
  check_stale: 'B03-1.3',
};

/** Message keys cannot hold the step id's dots, so each step has a name for its texts. */
export const stepName = {
  'B03-1.1': 'requisites',
  'B03-1.2': 'form',
  'B03-1.3': 'check',
  'B03-1.4': 'sign',
} as const satisfies Record<ApplicationStepId, string>;
