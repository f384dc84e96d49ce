export { createApiToken, listApiTokens, revokeApiToken, type ApiToken } from './api-tokens';
export { authenticateSession, authenticateToken, logOut } from './authenticate';
export { logIn } from './log-in';
export { hashPassword } from './passwords';
export { actorOf, SESSION_IDLE_MS, SESSION_ABSOLUTE_MS, SYSTEM_ACTOR } from './rules';
export { changeOwnPassword, createUser, getUser, listUsers, updateUser, type User } from './users';
export { findUserByEmail } from './repository';
