// What other modules and app.ts may use of accounts.
export { EmployerRight, employerRights } from '../../../shared/api/accounts';
export { hasRight } from './accounts.invitations';
export { registerAccountRoutes } from './accounts.routes';
export { hashLinkToken, newLinkToken } from './accounts.usecases';
