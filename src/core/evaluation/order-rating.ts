import type { RaterRole } from '../../domain/evaluation';
import type { RatingRow } from './repository';

/** A rating of an order (or one of its lines) as the API gives it. */
export type OrderRating = {
  id: string;
  purchaseOrderId: string;
  /** The order line rated; null: the whole order. */
  lineNo: number | null;
  ratedBy: { id: string; name: string };
  raterRole: RaterRole;
  delivery: number;
  quality: number;
  service: number;
  comment: string | null;
  /** The comment may be shown to the supplier. */
  shared: boolean;
  createdAt: Date;
};

export function toOrderRating(row: RatingRow, names: Map<string, string>): OrderRating {
  return {
    id: row.id,
    purchaseOrderId: row.purchaseOrderId,
    lineNo: row.lineNo,
    ratedBy: { id: row.ratedBy, name: names.get(row.ratedBy) ?? '' },
    raterRole: row.raterRole,
    delivery: row.delivery,
    quality: row.quality,
    service: row.service,
    comment: row.comment,
    shared: row.shared,
    createdAt: row.createdAt,
  };
}
