// Every journey file starts and ends on real time, whatever the one before did to the server's clock.
import { afterAll, beforeAll } from 'vitest';
import { resetTestClock } from './test-clock';

beforeAll(async () => {
  await resetTestClock();
});

afterAll(async () => {
  await resetTestClock();
});
