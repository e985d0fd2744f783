// What other modules, the demo world and scripts may use of the job-seeker registry.
export { demoSeekerProfiles, seedSeekersDemo } from './seekers.demo';
export {
  insertSeekerRegistration,
  listRegisteredSeekerFacts,
  type RegisteredSeekerFacts,
  type SeekerProfileInput,
  type SeekerRegistrationInput,
  upsertSeekerProfile,
} from './seekers.repository';
export { registerSeekerRoutes } from './seekers.routes';
export { registrationWorkflow } from './seekers.workflow';
