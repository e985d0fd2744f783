// What other modules, app.ts and scripts may use of subsidized-job applications.
export {
  abandonmentNoticeJobHandlers,
  scheduleAbandonmentNotices,
  sendAbandonmentNotices,
} from './subsidized-jobs.abandonment';
export { seedSubsidizedJobsDemo } from './subsidized-jobs.demo';
export { registerSubsidizedJobsRoutes } from './subsidized-jobs.routes';
export { getAbandonmentSettings, setAbandonmentSettings } from './subsidized-jobs.usecases';
export { defaultAbandonmentSettings } from './subsidized-jobs.waiting';
export {
  type ApplicationAction,
  type ApplicationRecord,
  applicationWorkflow,
  CHECK_VALID_MS,
  isApplicationVisibleTo,
} from './subsidized-jobs.workflow';
