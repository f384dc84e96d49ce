import type { Grade, GradeBands, ScoreMeasure } from '../../domain/evaluation';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError } from '../shared/errors';
import { inTransaction } from '../shared/events';
import { assertVersion } from '../shared/versioning';
import * as repo from './repository';

export type ScorecardSettings = {
  graceDays: number;
  responseDays: number;
  minimumOrders: number;
  weights: Record<ScoreMeasure, number>;
  gradeBands: GradeBands;
  warnBelowGrade: Grade;
  rankingPriceWeight: number;
  factsBuiltAt: Date | null;
  version: number;
  updatedAt: Date;
};

export type ScorecardSettingsInput = Omit<ScorecardSettings, 'factsBuiltAt' | 'version' | 'updatedAt'>;

function toSettings(row: repo.SettingsRow): ScorecardSettings {
  return {
    graceDays: row.graceDays,
    responseDays: row.responseDays,
    minimumOrders: row.minimumOrders,
    weights: row.weights,
    gradeBands: row.gradeBands,
    warnBelowGrade: row.warnBelowGrade,
    rankingPriceWeight: row.rankingPriceWeight,
    factsBuiltAt: row.factsBuiltAt,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export async function getScorecardSettings(ctx: Ctx): Promise<ScorecardSettings> {
  return toSettings(await repo.readSettings(ctx.db));
}

/**
 * Changes how scores are computed and used (docs/evaluation.md#settings). A new grace or response
 * period changes what every order counts for: the facts are marked unbuilt and the
 * `evaluation-rebuild` job scores every order again; weights, bands and the minimum apply at once
 * (they are read when a scorecard is).
 */
export async function updateScorecardSettings(
  ctx: Ctx,
  opts: { actor: Actor; version: number; input: ScorecardSettingsInput },
): Promise<ScorecardSettings> {
  return inTransaction(ctx, async (tx) => {
    const before = await repo.readSettings(tx.db);
    assertVersion(before.version, opts.version);
    const { input } = opts;
    const rebuild = input.graceDays !== before.graceDays || input.responseDays !== before.responseDays;
    const row = await repo.updateSettings(tx.db, opts.version, {
      ...input,
      ...(rebuild ? { factsBuiltAt: null } : {}),
    });
    if (!row) throw AppError.conflict('The scorecard settings changed while saving; reload and try again.');
    const { factsBuiltAt: _b, version: _v, updatedAt: _u, ...was } = toSettings(before);
    const { factsBuiltAt: _b2, version: _v2, updatedAt: _u2, ...now } = toSettings(row);
    const changes = diff(was, now, Object.keys(now) as (keyof typeof now)[]);
    if (Object.keys(changes).length > 0)
      await recordAudit(tx.db, tx.clock, {
        actor: opts.actor,
        entityType: 'scorecard_settings',
        entityId: '1',
        action: 'update',
        changes,
      });
    return toSettings(row);
  });
}
