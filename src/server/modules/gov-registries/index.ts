// What other modules, main.ts and scripts may use of the government-registry adapters.
export { createGovRegistriesClient, type GovRegistries } from './gov-registries.client';
export {
  employerConditionCatalogue,
  reportedSuspension2026,
} from './gov-registries.condition-catalogue';
export { applyConditionRules, type ConditionRule } from './gov-registries.condition-rules';
export { addCalendarMonths, checkEmployerConditions, isOperatingOverYear } from './gov-registries.conditions';
export { govRegistriesUnavailable, organisationNotFound } from './gov-registries.errors';
export { registerGovRegistriesRoutes } from './gov-registries.routes';
export {
  type ConditionResult,
  type EmployerCheck,
  EmployerCondition,
  employerCheck,
  GovSource,
  type OrganisationRecord,
} from './gov-registries.schemas';
export {
  auditEmployerCheck,
  type CheckActor,
  checkEmployer,
  checkEmployerOnRulesInForce,
  listConditionRulesInForce,
  seedEmployerConditions,
} from './gov-registries.usecases';
export {
  buildGovSimulator,
  loadShippedDataset,
  type SimulatorDataset,
  simulatorDataset,
  startGovSimulator,
} from './simulator';
export { spawnGovSimulator } from './simulator-process';
