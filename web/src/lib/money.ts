/**
 * Decimal comparison and canonical text from the one money module the server also uses; amounts
 * are strings here too and never pass through a JS number.
 */
export { compare as compareDecimal, normalize as normalizeDecimal } from '../../../src/core/shared/money';
