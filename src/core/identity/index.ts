export { type ApiToken, createApiToken, listApiTokens, revokeApiToken } from './api-tokens';
export { authenticateSession, authenticateToken, logOut } from './authenticate';
export {
  acceptInvitation,
  INVITATION_DAYS,
  type InvitationState,
  inviteSupplierUser,
  listSupplierUsers,
  type SupplierUser,
} from './invitations';
export { logIn } from './log-in';
export { hashPassword } from './passwords';
export { recordNamers } from './record-names';
export { findUserByEmail } from './repository';
export { actorOf, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SYSTEM_ACTOR } from './rules';
export { createSavedView, deleteSavedView, listSavedViews, type SavedView } from './saved-views';
export {
  activeActors,
  activeUserIds,
  changeOwnPassword,
  createUser,
  findPeople,
  getUser,
  getUserByEmail,
  listUsers,
  type Person,
  type User,
  updateOwnPreferences,
  updateUser,
  userNamesByIds,
} from './users';
