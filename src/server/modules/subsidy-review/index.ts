// What app.ts and other modules may use of the centre's review of applications (ФК-В.03 steps 2.1–2.4).

export { seedReviewConclusion } from './subsidy-review.fixtures';
export { registerSubsidyReviewRoutes } from './subsidy-review.routes';
export { findApplicationConclusion } from './subsidy-review.usecases';
