import { z } from 'zod';
import { DRILL_MEASURES, GRADES, RATING_ASPECTS, SCORE_MEASURES } from '../domain/evaluation';
import { REJECTION_REASONS } from '../domain/receiving';
import { dateOut, decimalString, Id, IsoDate, PageQuery, requiredText } from './common';

/** The vocabulary the web app shares (declared in src/domain/evaluation.ts). */
export { DRILL_MEASURES, GRADES, RATING_ASPECTS, SCORE_MEASURES };

export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;
export const ScoreMeasure = z.enum(SCORE_MEASURES);
export type ScoreMeasure = z.infer<typeof ScoreMeasure>;
export const DrillMeasure = z.enum(DRILL_MEASURES);
export type DrillMeasure = z.infer<typeof DrillMeasure>;

/** A period as written: `12m`, a month `2026-11` or a quarter `2026-Q4`. */
export const ScorePeriodText = z
  .string()
  .trim()
  .regex(
    /^(12m|\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4])$/,
    'must be "12m" (the last 12 months), a month such as "2026-11" or a quarter such as "2026-Q4"',
  );

export const ScorePeriodKey = ScorePeriodText.default('12m').meta({
  description:
    '`12m`: the last 12 months, this one included (default); `2026-11`: a month; `2026-Q4`: a quarter. Orders count in the month they were first sent.',
});

export const ScorecardQuery = z.object({
  period: ScorePeriodKey,
  categoryId: Id.optional().meta({ description: 'Only the lines (and orders) of this item category' }),
});
export type ScorecardQuery = z.input<typeof ScorecardQuery>;

export const ScorePeriod = z
  .object({
    key: z.string(),
    kind: z.enum(['month', 'quarter', 'rolling']),
    /** First day of its first month and first day of its last month. */
    from: IsoDate,
    to: IsoDate,
  })
  .meta({ id: 'ScorePeriod' });

export const Percent = z
  .string()
  .nullable()
  .meta({ description: 'A percentage with one decimal; null: no data' });

export const MeasureFigure = z
  .object({
    key: ScoreMeasure,
    /** 0–100 with one decimal; null: nothing to measure in the period. */
    value: Percent,
    numerator: z.string(),
    denominator: z.string(),
    weight: z.number().int(),
  })
  .meta({ id: 'MeasureFigure' });

export const ScoreDetails = z
  .object({
    otif: Percent,
    onTimeQuantity: Percent,
    averageDaysLate: z.string().nullable(),
    returnRate: Percent,
    rejectedShare: Percent,
    invoicePriceVariance: Percent,
    orderVsList: Percent,
    orderVsLastPrice: Percent,
    averageResponseHours: z.string().nullable(),
    changesProposed: z.number().int(),
    ratings: z.number().int(),
    averageRatings: z.object({
      delivery: z.string().nullable(),
      quality: z.string().nullable(),
      service: z.string().nullable(),
    }),
  })
  .meta({ id: 'ScoreDetails' });

export const TrendPoint = z
  .object({
    month: IsoDate,
    orders: z.number().int(),
    enoughData: z.boolean(),
    score: z.string().nullable(),
    grade: Grade.nullable(),
    onTime: Percent,
    inFull: Percent,
    otif: Percent,
    quality: Percent,
  })
  .meta({ id: 'TrendPoint' });

export const ScorecardSupplier = z.object({ id: Id, code: z.string(), name: z.string(), status: z.string() });

export const Scorecard = z
  .object({
    supplier: ScorecardSupplier,
    period: ScorePeriod,
    categoryId: Id.nullable(),
    orders: z.number().int(),
    minimumOrders: z.number().int(),
    enoughData: z.boolean(),
    score: z.string().nullable(),
    grade: Grade.nullable(),
    measures: z.array(MeasureFigure),
    details: ScoreDetails,
    rejections: z.array(z.object({ reason: z.enum(REJECTION_REASONS), quantity: z.string() })),
    /** The 12 months ending with the period's last, each scored on its own. */
    trend: z.array(TrendPoint),
    graceDays: z.number().int(),
    responseDays: z.number().int(),
  })
  .meta({
    id: 'Scorecard',
    description:
      'A supplier’s scorecard for a period: each measure as n of d, the weighted score 0–100 and grade A–D (null with fewer orders than the settings’ minimum), the figures shown beside them and a 12-month trend. docs/evaluation.md.',
  });
export type Scorecard = z.output<typeof Scorecard>;

export const ScorecardSort = z.enum(['score', 'name', ...SCORE_MEASURES, 'otif', 'orders']);
export const ScorecardListQuery = PageQuery.extend({
  period: ScorePeriodKey,
  categoryId: Id.optional(),
  sort: ScorecardSort.default('score').meta({
    description: 'Highest first for scores and measures (suppliers without data last), A–Z for name',
  }),
});
export type ScorecardListQuery = z.input<typeof ScorecardListQuery>;

export const ScorecardRow = z
  .object({
    supplier: ScorecardSupplier,
    orders: z.number().int(),
    enoughData: z.boolean(),
    score: z.string().nullable(),
    grade: Grade.nullable(),
    measures: z.object(
      Object.fromEntries(SCORE_MEASURES.map((m) => [m, Percent])) as Record<
        (typeof SCORE_MEASURES)[number],
        typeof Percent
      >,
    ),
    otif: Percent,
  })
  .meta({ id: 'ScorecardRow' });
export type ScorecardRow = z.output<typeof ScorecardRow>;

export const ScorecardList = z
  .object({
    period: ScorePeriod,
    categoryId: Id.nullable(),
    items: z.array(ScorecardRow),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ScorecardList' });
export type ScorecardList = z.output<typeof ScorecardList>;

export const DrillDownQuery = PageQuery.extend({
  period: ScorePeriodKey,
  categoryId: Id.optional(),
  measure: DrillMeasure,
  outcome: z.enum(['failed', 'passed', 'all']).default('all').meta({
    description: 'Only what counted against the supplier, only what counted for it, or both (failures first)',
  }),
});
export type DrillDownQuery = z.input<typeof DrillDownQuery>;

export const DrillDownRow = z
  .object({
    purchaseOrderId: Id,
    orderNumber: z.string(),
    lineNo: z.number().int().nullable(),
    description: z.string().nullable(),
    invoiceId: Id.nullable(),
    invoiceNumber: z.string().nullable(),
    /** Counted for the supplier (true) or against it (false). */
    passed: z.boolean(),
    /** What the figure compared, in words (English; the web app composes its own from the fields). */
    explanation: z.string(),
    dueDate: IsoDate.nullable(),
    dueFrom: z.enum(['promised', 'needed_by', 'expected']).nullable(),
    deliveredOn: IsoDate.nullable(),
    daysLate: z.number().int().nullable(),
    quantity: z.string().nullable(),
    kept: z.string().nullable(),
    shortBy: z.string().nullable(),
    shortClosed: z.string().nullable(),
    replaced: z.string().nullable(),
    inspected: z.string().nullable(),
    accepted: z.string().nullable(),
    rejected: z.string().nullable(),
    returned: z.string().nullable(),
    unitPrice: z.string().nullable().meta({ description: 'price: the invoice line’s unit price' }),
    orderUnitPrice: z.string().nullable().meta({
      description:
        'price: the order’s unit price the invoice was matched against; orderVsList and orderVsLastPrice: the order line’s net unit price (after its discount)',
    }),
    referenceUnitPrice: z.string().nullable().meta({
      description:
        'orderVsList: the supplier’s price-list price for the quantity on the order date; orderVsLastPrice: the net unit price of the item’s previous order',
    }),
    priceCurrency: z.string().nullable().meta({
      description:
        'The currency of orderUnitPrice and referenceUnitPrice: the order’s for orderVsList, the base currency for orderVsLastPrice',
    }),
    sentAt: dateOut.nullable(),
    answeredAt: dateOut.nullable(),
    rating: z
      .object({ delivery: z.number().int(), quality: z.number().int(), service: z.number().int() })
      .nullable(),
  })
  .meta({ id: 'DrillDownRow' });
export type DrillDownRow = z.output<typeof DrillDownRow>;

export const DrillDown = z
  .object({
    measure: DrillMeasure,
    period: ScorePeriod,
    /** How many counted for the supplier, of how many counted. */
    passed: z.number().int(),
    counted: z.number().int(),
    items: z.array(DrillDownRow),
    nextCursor: z.string().nullable(),
  })
  .meta({
    id: 'ScoreDrillDown',
    description:
      'The orders, lines and invoices behind one figure of a scorecard (“OTIF 82 %: 41 of 50 lines”), each with what counted for or against the supplier.',
  });
export type DrillDown = z.output<typeof DrillDown>;

const Weight = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(100, 'must be at most 100');
const Band = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(100, 'must be at most 100');

export const ScorecardSettingsInput = z
  .object({
    graceDays: z
      .number()
      .int('must be a whole number of days')
      .min(0, 'must be 0 or more')
      .max(60, 'must be at most 60'),
    responseDays: z
      .number()
      .int('must be a whole number of days')
      .min(1, 'must be at least 1')
      .max(60, 'must be at most 60'),
    minimumOrders: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1000, 'must be at most 1000'),
    weights: z.object(
      Object.fromEntries(SCORE_MEASURES.map((m) => [m, Weight])) as Record<
        (typeof SCORE_MEASURES)[number],
        typeof Weight
      >,
    ),
    gradeBands: z.object({ A: Band, B: Band, C: Band }),
    warnBelowGrade: Grade,
    rankingPriceWeight: Weight,
  })
  .superRefine((s, check) => {
    if (Object.values(s.weights).every((w) => w === 0))
      check.addIssue({
        code: 'custom',
        path: ['weights'],
        message: 'at least one measure must weigh more than 0',
      });
    if (!(s.gradeBands.A > s.gradeBands.B))
      check.addIssue({
        code: 'custom',
        path: ['gradeBands', 'A'],
        message: 'must be above grade B’s lowest score',
      });
    if (!(s.gradeBands.B > s.gradeBands.C))
      check.addIssue({
        code: 'custom',
        path: ['gradeBands', 'B'],
        message: 'must be above grade C’s lowest score',
      });
  });
export type ScorecardSettingsInput = z.input<typeof ScorecardSettingsInput>;

export const ScorecardSettings = z
  .object({
    graceDays: z.number().int(),
    responseDays: z.number().int(),
    minimumOrders: z.number().int(),
    weights: z.object(
      Object.fromEntries(SCORE_MEASURES.map((m) => [m, z.number().int()])) as Record<
        (typeof SCORE_MEASURES)[number],
        z.ZodNumber
      >,
    ),
    gradeBands: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
    warnBelowGrade: Grade,
    rankingPriceWeight: z.number().int(),
    /** When every order was last scored with these settings; null: being scored again now. */
    factsBuiltAt: dateOut.nullable(),
    version: z.number().int(),
    updatedAt: dateOut,
  })
  .meta({ id: 'ScorecardSettings' });
export type ScorecardSettings = z.output<typeof ScorecardSettings>;

export const ScoreVerification = z
  .object({
    ok: z.boolean(),
    checkedOrders: z.number().int(),
    mismatchedOrders: z.number().int(),
    orderMismatches: z.array(z.object({ purchaseOrderId: Id })),
    monthMismatches: z.array(z.object({ supplierId: Id, categoryId: Id, month: IsoDate })),
  })
  .meta({ id: 'ScoreVerification' });

export const SupplierRankingQuery = z.object({
  quantity: decimalString({ scale: 6, min: 'positive' })
    .optional()
    .meta({ description: 'In the item’s unit; 1 if not given' }),
  date: IsoDate.optional().meta({ description: 'The day prices must be valid on; today if not given' }),
});
export type SupplierRankingQuery = z.input<typeof SupplierRankingQuery>;

export const SupplierCandidate = z
  .object({
    rank: z.number().int(),
    supplier: ScorecardSupplier,
    unitPrice: z.string(),
    currency: z.string(),
    unitPriceBase: z.string(),
    leadTimeDays: z.number().int(),
    grade: Grade.nullable(),
    score: z.string().nullable(),
    belowWarning: z.boolean(),
    priceScore: z
      .string()
      .meta({ description: '100 for the cheapest; others the cheapest’s price as a share of theirs' }),
    priceAboveLowestPercent: z
      .string()
      .meta({ description: 'How much dearer than the cheapest offer, in per cent ("0.0" for the cheapest)' }),
    combinedScore: z.string().meta({
      description:
        'priceWeight × priceScore + (100 − priceWeight) × score, ÷ 100; an ungraded supplier counts as 50',
    }),
    reason: z.string().meta({ description: 'The ranking’s reason in words (English)' }),
  })
  .meta({ id: 'SupplierCandidate' });

export const SupplierRanking = z
  .object({
    itemId: Id,
    quantity: z.string(),
    date: IsoDate,
    baseCurrency: z.string(),
    priceWeight: z.number().int(),
    candidates: z.array(SupplierCandidate),
  })
  .meta({
    id: 'SupplierRanking',
    description:
      'The suppliers with a valid price for the item, best first by price and scorecard together (the settings’ ranking price weight), each with its reason.',
  });
export type SupplierRanking = z.output<typeof SupplierRanking>;

export const SupplierGradesQuery = z.object({
  ids: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(Id).min(1, 'list at least one supplier id').max(200, 'list at most 200 supplier ids'))
    .meta({ description: 'Supplier ids, comma-separated (at most 200)' }),
});

export const SupplierGrade = z
  .object({
    supplierId: Id,
    grade: Grade.nullable(),
    score: z.string().nullable(),
    orders: z.number().int(),
    belowWarning: z.boolean(),
  })
  .meta({ id: 'SupplierGrade' });

export const SupplierGrades = z.object({ warnBelowGrade: Grade, items: z.array(SupplierGrade) }).meta({
  id: 'SupplierGrades',
  description:
    'Each supplier’s grade over the last 12 months (suppliers without orders in them are absent; a null grade: not enough data).',
});

export const ScorecardHoldRequest = z.object({
  reason: requiredText(500),
  period: ScorePeriodKey.optional(),
});
