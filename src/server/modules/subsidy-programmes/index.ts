// What other modules may use of subsidy programmes: the version in force on a date, МРП/МЗП, the shipped catalogue,
// and the routes the app registers.
export {
  findProgrammeInForce,
  findProgrammeVersion,
  listIndicators,
  listParticipantRules,
  listProgrammesInForce,
  listProgrammeVersions,
  type StoredProgrammeVersion,
  seedProgrammeCatalogue,
} from './subsidy-programmes.repository';
export { registerSubsidyProgrammeRoutes } from './subsidy-programmes.routes';
export { findParticipantLimits } from './subsidy-programmes.usecases';
