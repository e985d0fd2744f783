// What other modules, app.ts and scripts may use of subsidized-job applications.
export { seedSubsidizedJobsDemo } from './subsidized-jobs.demo';
export { registerSubsidizedJobsRoutes } from './subsidized-jobs.routes';
export {
  type ApplicationAction,
  type ApplicationRecord,
  applicationWorkflow,
  CHECK_VALID_MS,
  isApplicationVisibleTo,
} from './subsidized-jobs.workflow';
