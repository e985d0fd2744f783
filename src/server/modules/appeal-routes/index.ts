// What other modules may use of the appeal routes: the version in force on a day, the shipped catalogue, the routes.
export { appealRouteCatalogue } from './appeal-routes.catalogue';
export { type AppealRoute, findAppealRouteOn, seedAppealRoutes } from './appeal-routes.repository';
export { registerAppealRouteRoutes } from './appeal-routes.routes';
