export { convertBetweenUnits, convertFromUneceUnit, resolveUneceUnit } from './convert-units';
export { type CreateItemInput, createItem } from './create-item';
export { type CreateItemCategoryInput, createItemCategory } from './create-item-category';
export { type CreatePriceListEntryInput, createPriceListEntry } from './create-price-list-entry';
export { type CreateUnitInput, createUnit } from './create-unit';
export { deletePriceListEntry } from './delete-price-list-entry';
export { type ListPriceQuery, listPricesFor } from './evaluation-facts';
export { exportItems } from './export-items';
export { exportPriceListEntries } from './export-price-list-entries';
export { type BestPrice, findBestPrice, requireBestPrice } from './find-best-price';
export { type ImportResult, importItems } from './import-items';
export { importPriceListEntries } from './import-price-list-entries';
export type { Item } from './item';
export type { ItemCategory } from './item-category';
export type { PriceListEntry } from './price-list-entry';
export {
  findItemCategoriesByCodes,
  findItemCategoriesByIds,
  getItemCategory,
  listItemCategories,
} from './read-item-categories';
export { findItemBySku, getItem, getItemsByIds, listItems } from './read-items';
export { getPriceListEntry, listPriceListEntries } from './read-price-list-entries';
export { getUnit, listUnits, uneceCodesOf } from './read-units';
export { type ReceivingTraits, receivingTraitsOf } from './receiving-traits';
export { recordNamers } from './record-names';
export {
  bestPrice,
  convertQuantity,
  isValidOn,
  type PriceCandidate,
  quantityFitsUnit,
  type UnitLike,
} from './rules';
export { offersForItem, type SupplierOffer } from './supplier-offers';
export { supplierPartNumbers } from './supplier-part-numbers';
export type { Unit } from './unit';
export { type UpdateItemInput, updateItem } from './update-item';
export { type UpdateItemCategoryInput, updateItemCategory } from './update-item-category';
export { type UpdatePriceListEntryInput, updatePriceListEntry } from './update-price-list-entry';
export { type UpdateUnitInput, updateUnit } from './update-unit';
