// The browser journeys' handle on the server's clock: exists only when TEST_CLOCK=true, which production refuses.
import { z } from 'zod';
import { addWorkingDays, buildCalendar, dateInKazakhstan } from '../../shared/calendar/working-days';
import { access } from './auth/access';
import type { MovableClock } from './clock';
import type { App } from './http';

const clockResponse = z.object({ now: z.string() });

const DAY_MS = 24 * 3_600_000;

/** The same time of day on the n-th working day after the clock's date in Kazakhstan. */
function afterWorkingDays(now: Date, workingDays: number): Date {
  const today = dateInKazakhstan(now);
  const year = Number(today.slice(0, 4));
  const target = addWorkingDays(today, workingDays, buildCalendar([year, year + 1, year + 2]));
  const days = Math.round((Date.parse(`${target}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  return new Date(now.getTime() + days * DAY_MS);
}

export function registerTestClockRoutes(app: App, clock: MovableClock) {
  const answer = () => ({ now: clock.now().toISOString() });
  const config = { access: access.public };
  const tags = ['test'];

  app.get('/api/test/clock', { config, schema: { tags, response: { 200: clockResponse } } }, async () => answer());

  app.put(
    '/api/test/clock',
    {
      config,
      schema: { tags, body: z.object({ now: z.iso.datetime({ offset: true }) }), response: { 200: clockResponse } },
    },
    async (request) => {
      clock.set(request.body.now);
      return answer();
    },
  );

  app.post(
    '/api/test/clock/advance',
    {
      config,
      schema: {
        tags,
        body: z
          .object({
            workingDays: z.number().int().min(1).max(400).optional(),
            hours: z
              .number()
              .min(0)
              .max(24 * 800)
              .optional(),
          })
          .refine((b) => b.workingDays !== undefined || b.hours !== undefined, 'give workingDays or hours'),
        response: { 200: clockResponse },
      },
    },
    async (request) => {
      const { workingDays, hours } = request.body;
      if (workingDays !== undefined) clock.set(afterWorkingDays(clock.now(), workingDays));
      if (hours !== undefined) clock.advance(Math.round(hours * 3_600_000));
      return answer();
    },
  );

  app.delete('/api/test/clock', { config, schema: { tags, response: { 200: clockResponse } } }, async () => {
    clock.reset();
    return answer();
  });
}
