// What other modules and app.ts may use of accounts.
export { registerAccountRoutes } from './accounts.routes';
export { hashLinkToken, newLinkToken } from './accounts.usecases';
