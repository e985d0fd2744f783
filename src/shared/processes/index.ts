// Every process map Jumys implements.
import { subsidizedJobsMap } from './b03-subsidized-jobs';
import { jobFairsMap } from './b06-job-fairs';

export const processMaps = [subsidizedJobsMap, jobFairsMap] as const;
export * from './types';
export { jobFairsMap, subsidizedJobsMap };
