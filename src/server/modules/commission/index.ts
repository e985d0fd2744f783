// What app.ts, the demo world and scripts may use of the employment centre's commission.
export { type CommissionDemo, seedCommissionDemo } from './commission.demo';
export { registerCommissionRoutes } from './commission.routes';
export { commissionSessionWorkflow } from './commission.workflow';
