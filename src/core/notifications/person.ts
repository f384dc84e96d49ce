import type { Actor } from '../shared/actor';
import { AppError } from '../shared/errors';

/** Notifications belong to people: an API token acts for its user, the system has none. */
export function assertPerson(actor: Actor): string {
  if (!actor.userId) throw AppError.forbidden('Only a person has notifications.');
  return actor.userId;
}
