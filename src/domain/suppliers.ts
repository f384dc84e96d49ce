/** The vocabulary of suppliers, declared once for the schema, the contracts and the core. Pure. */

export const SUPPLIER_STATUSES = ['active', 'on_hold', 'blocked'] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

/** What an address of a supplier is for. */
export const ADDRESS_KINDS = ['billing', 'shipping', 'remit_to', 'other'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];
