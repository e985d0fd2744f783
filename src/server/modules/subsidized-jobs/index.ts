// What other modules, app.ts and scripts may use of subsidized-job applications.
export {
  type ApplicationAction,
  type ApplicationRecord,
  applicationWorkflow,
  CHECK_VALID_MS,
  isApplicationVisibleTo,
} from './subsidized-jobs.workflow';
