import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AdjustableClock } from '../../core/shared/clock';

/**
 * `PUT /api/v1/test/clock` — only on a server started with OPENPO_TEST_CLOCK=1 (the browser
 * journeys' own, on the embedded database): an administrator sets the time the server lives in
 * (`{ "now": "2027-01-20T09:00:00Z" }`) or puts it back (`{ "now": null }`), so a journey can see
 * what days later looks like. Not in the API's description; absent from every other server.
 */
export const testClockRoutes: FastifyPluginAsync<{ clock: AdjustableClock }> = async (app, { clock }) => {
  app.withTypeProvider<ZodTypeProvider>().put(
    '/test/clock',
    {
      config: { permission: 'organisation:write' },
      schema: {
        hide: true,
        body: z.object({ now: z.iso.datetime({ offset: true }).nullable() }).strict(),
      },
    },
    async (request) => {
      clock.set(request.body.now === null ? null : new Date(request.body.now));
      return { now: clock.now().toISOString() };
    },
  );
};
