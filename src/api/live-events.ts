import type { ServerResponse } from 'node:http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type LiveEvent, latestEventSeq, liveEventVisible, readLiveEvents } from '../core/events';
import { visibilityOfPurchaseOrders } from '../core/purchase-orders';
import type { Actor } from '../core/shared/actor';
import type { Ctx } from '../core/shared/context';
import type { RouteDeps } from './deps';
import { actorOf } from './plugins/auth';
import { readProblems as errors } from './routes/problems';

/**
 * Live updates (docs/live-updates.md): `GET /api/v1/events/stream` is a server-sent event stream
 * of the domain events the signed-in user may hear of — which document changed and how, nothing
 * more; the web app reloads what it shows. Each process LISTENs on `openpo_events`, which a
 * trigger notifies when a transaction that appended events commits, so a change made through any
 * API process on the database reaches every stream; one read of the new events serves all the
 * process's streams. A reconnecting browser sends `Last-Event-ID` and gets what it missed.
 */

export type Listen = (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;

/** Events a wake-up reads at most; a stream that missed more is told to reload everything. */
const BATCH = 500;
/**
 * Events commit in another order than their positions were taken: each read looks this far
 * back, and what was already handed out is skipped.
 */
const LOOKBACK = 200;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 20_000;
/** A wake-up is also made this often, in case a notification was lost. */
const BACKSTOP_MS = 10_000;

type Stream = {
  actor: Actor;
  visibility: ReturnType<typeof visibilityOfPurchaseOrders>;
  res: ServerResponse;
};

const frame = (e: LiveEvent) =>
  `id: ${e.seq}\ndata: ${JSON.stringify({ type: e.type, subject: { type: e.subjectType, id: e.subjectId } })}\n\n`;

export class LiveEventHub {
  private readonly streams = new Set<Stream>();
  private cursor = -1;
  private readonly handed = new Set<number>();
  private running: Promise<void> | null = null;
  private again = false;
  private stopListening: (() => Promise<void>) | null = null;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly ctx: Ctx,
    private readonly listen?: Listen,
  ) {}

  /** Never fails: a database that cannot be reached now is tried again by the backstop wake-ups. */
  async start(): Promise<void> {
    this.cursor = await latestEventSeq(this.ctx).catch(() => -1);
    if (this.listen) {
      this.stopListening = await this.listen('openpo_events', () => this.wake()).catch(() => null);
    }
    this.timers.push(setInterval(() => this.wake(), this.listen ? BACKSTOP_MS : 1000).unref());
    this.timers.push(
      setInterval(() => {
        for (const s of this.streams) s.res.write(': ping\n\n');
      }, HEARTBEAT_MS).unref(),
    );
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const s of this.streams) s.res.end();
    this.streams.clear();
    await this.stopListening?.();
    await this.running?.catch(() => undefined);
  }

  /** A stream opened: what it missed since `lastEventId` (when it says), then everything new. */
  async open(actor: Actor, res: ServerResponse, lastEventId: number | null): Promise<void> {
    const stream: Stream = { actor, visibility: visibilityOfPurchaseOrders(actor), res };
    // The first stream of the process: read from now on (nothing was read while nobody listened).
    if (this.streams.size === 0) this.cursor = await latestEventSeq(this.ctx).catch(() => -1);
    res.write('retry: 3000\n\n');
    if (lastEventId !== null) {
      try {
        const missed = await readLiveEvents(this.ctx, { afterSeq: lastEventId, limit: BATCH });
        if (missed.length === BATCH) res.write('event: reset\ndata: {}\n\n');
        else for (const e of missed) this.send(stream, e);
      } catch {
        // The database cannot be read now: the browser reconnects and asks again.
        res.end();
        return;
      }
    }
    this.streams.add(stream);
    res.on('close', () => this.streams.delete(stream));
  }

  wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async run(): Promise<void> {
    // Nobody listens: no read at all (a process with no browser open costs nothing per write).
    if (this.streams.size === 0) return;
    if (this.cursor < 0) {
      this.cursor = await latestEventSeq(this.ctx);
      return;
    }
    const fresh = (
      await readLiveEvents(this.ctx, { afterSeq: Math.max(0, this.cursor - LOOKBACK), limit: BATCH })
    ).filter((e) => !this.handed.has(e.seq));
    for (const e of fresh) {
      this.handed.add(e.seq);
      this.cursor = Math.max(this.cursor, e.seq);
      for (const s of this.streams) this.send(s, e);
    }
    // What lies further back than the look-back can be forgotten.
    for (const seq of this.handed) if (seq <= this.cursor - LOOKBACK * 2) this.handed.delete(seq);
  }

  private send(stream: Stream, e: LiveEvent): void {
    if (liveEventVisible(stream.actor, stream.visibility, e)) stream.res.write(frame(e));
  }
}

export const liveEventRoutes: FastifyPluginAsyncZod<RouteDeps & { hub: LiveEventHub }> = async (
  app,
  { hub },
) => {
  app.get(
    '/events/stream',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['events'],
        summary: 'Live updates: what changed, as server-sent events, filtered to what you may see',
        description:
          'A text/event-stream of `data: {"type": "purchase_order.shipped", "subject": {"type": "purchase_order", "id": "…"}}` with the event’s position as `id`; reload what you show of that document. A reconnecting client sends `Last-Event-ID` and gets what it missed (or `event: reset` when that is too much: reload everything). A comment line every 20 s keeps the connection open.',
        headers: z.object({
          'last-event-id': z
            .string()
            .regex(/^\d{1,18}$/, 'must be an event id the stream sent')
            .optional(),
        }),
        response: { 200: z.string().describe('text/event-stream'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const last = request.headers['last-event-id'];
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      await hub.open(actor, reply.raw, last ? Number(last) : null);
    },
  );
};
