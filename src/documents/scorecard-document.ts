import type { Grade, RaterRole, ScoreMeasure } from '../domain/evaluation';
import type { Language } from '../domain/languages';

/**
 * A supplier's scorecard as a document for the supplier (the PDF of a quarterly review): what its
 * portal shows, fixed when it was made. Plain data (kept as JSON until a review is rendered, and
 * handed to a worker thread); the words come from the renderer, in `language`.
 */
export type ScorecardDocument = {
  language: Language;
  /** When it was made (ISO instant). */
  generatedAt: string;
  organisationName: string;
  supplier: { code: string; name: string };
  period: { key: string; kind: 'month' | 'quarter' | 'rolling'; from: string; to: string };
  orders: number;
  minimumOrders: number;
  enoughData: boolean;
  score: string | null;
  grade: Grade | null;
  measures: {
    key: ScoreMeasure;
    value: string | null;
    numerator: string;
    denominator: string;
    weight: number;
  }[];
  /** The figures shown beside the measures (the supplier's own; nothing of other suppliers). */
  details: {
    otif: string | null;
    averageDaysLate: string | null;
    returnRate: string | null;
    averageResponseHours: string | null;
  };
  trend: {
    month: string;
    orders: number;
    score: string | null;
    grade: Grade | null;
    onTime: string | null;
    inFull: string | null;
    quality: string | null;
  }[];
  graceDays: number;
  responseDays: number;
  /** Rating comments marked as shared: the rater's role, never their name. */
  comments: { raterRole: RaterRole; comment: string; ratedOn: string; orderNumber: string | null }[];
  correctiveAction: { note: string; dueDate: string; requestedOn: string; period: string | null } | null;
};
