export { changeSupplierStatus } from './change-supplier-status';
export { type CreateSupplierInput, createSupplier } from './create-supplier';
export { getSupplier, listSuppliers } from './read-suppliers';
export type { Supplier } from './supplier';
export type { SupplierStatus } from './rules';
export { type UpdateSupplierInput, updateSupplier } from './update-supplier';
