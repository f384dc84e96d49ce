export { changeSupplierStatus } from './change-supplier-status';
export { type CreateSupplierInput, createSupplier } from './create-supplier';
export { exportSuppliers } from './export-suppliers';
export { importSuppliers } from './import-suppliers';
export { findSuppliersByIds, getSupplier, listSuppliers } from './read-suppliers';
export { recordNamers } from './record-names';
export type { SupplierStatus } from './rules';
export type { Supplier } from './supplier';
export { type UpdateSupplierInput, updateSupplier } from './update-supplier';
