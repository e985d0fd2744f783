// What other modules may use of subsidy programmes: the version in force on a date, МРП/МЗП, and the shipped catalogue.
export {
  findProgrammeInForce,
  findProgrammeVersion,
  listIndicators,
  listProgrammeVersions,
  type StoredProgrammeVersion,
  seedProgrammeCatalogue,
} from './subsidy-programmes.repository';
