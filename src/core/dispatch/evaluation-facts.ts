import type { Ctx } from '../shared/context';
import type { AnswerFacts } from './repository';
import * as repo from './repository';

export type { AnswerFacts };

/** The suppliers' answers to the orders `ids`, by order (orders never answered are absent): one statement. */
export async function answerFactsOfOrders(ctx: Ctx, ids: string[]): Promise<Map<string, AnswerFacts>> {
  return repo.answerFactsOfOrders(ctx.db, ids);
}
