/**
 * The identity contract (and with it the schema library), loaded when first needed rather than
 * with the sign-in page: an anonymous visitor sees the form without it, and it arrives while they
 * type (docs/performance.md#first-load). Every page after sign-in needs it anyway.
 */
export const identityContract = () => import('@contracts/identity');
