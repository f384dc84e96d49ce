import { type UblDocumentType, validateUbl } from '../../src/documents/ubl-schema';

export { UBL_SCHEMA_DIR as UBL_DIR, type UblDocumentType } from '../../src/documents/ubl-schema';

/** Validates a UBL document against its type's OASIS schema (Order unless told). */
export async function validateUblOrder(
  xml: string,
  type: UblDocumentType = 'Order',
): Promise<{ valid: boolean; errors: readonly { line: number | null; message: string }[] }> {
  const { valid, problems } = await validateUbl(xml, type);
  return { valid, errors: problems };
}
