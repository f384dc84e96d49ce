import type { RaterRole, ScoreMeasure } from '../domain/evaluation';
import type { Language } from '../domain/languages';
import { type I18n, translator } from './i18n';

/**
 * The words of a supplier's scorecard as a PDF, in the language of its reader (the supplier's).
 * Numbers and dates are passed in already formatted; the catalogs are src/documents/locales.
 */
export function scorecardTexts(language: Language) {
  const i18n: I18n = translator(language);
  const measureNames: Record<ScoreMeasure, string> = {
    onTime: i18n._({ id: 'scorecard.measure.on-time', message: 'On time' }),
    inFull: i18n._({ id: 'scorecard.measure.in-full', message: 'In full' }),
    quality: i18n._({ id: 'scorecard.measure.quality', message: 'Quality' }),
    price: i18n._({ id: 'scorecard.measure.price', message: 'Price' }),
    invoiceAccuracy: i18n._({ id: 'scorecard.measure.invoice-accuracy', message: 'Invoice accuracy' }),
    responsiveness: i18n._({ id: 'scorecard.measure.responsiveness', message: 'Responsiveness' }),
    satisfaction: i18n._({ id: 'scorecard.measure.satisfaction', message: 'Satisfaction' }),
  };
  const raterRoles: Record<RaterRole, string> = {
    requester: i18n._({ id: 'scorecard.rater.requester', message: 'Requester' }),
    receiver: i18n._({ id: 'scorecard.rater.receiver', message: 'Receiving' }),
    buyer: i18n._({ id: 'scorecard.rater.buyer', message: 'Purchasing' }),
  };
  return {
    language,
    title: i18n._({ id: 'scorecard.pdf.title', message: 'SUPPLIER SCORECARD' }),
    supplier: i18n._({ id: 'scorecard.pdf.supplier', message: 'Supplier' }),
    period: i18n._({ id: 'scorecard.pdf.period', message: 'Period' }),
    orders: i18n._({ id: 'scorecard.pdf.orders', message: 'Orders' }),
    generatedOn: i18n._({ id: 'scorecard.pdf.generated-on', message: 'Issued' }),
    periodRange: (key: string, from: string, to: string) =>
      i18n._({
        id: 'scorecard.pdf.period-range',
        message: '{key} ({from} to {to})',
        values: { key, from, to },
      }),
    score: i18n._({ id: 'scorecard.pdf.score', message: 'SCORE' }),
    grade: i18n._({ id: 'scorecard.pdf.grade', message: 'GRADE' }),
    outOf100: i18n._({ id: 'scorecard.pdf.out-of-100', message: 'of 100' }),
    notEnoughData: (orders: number, minimum: number) =>
      i18n._({
        id: 'scorecard.pdf.not-enough-data',
        message:
          'Not enough data for a score: {orders} orders in the period, at least {minimum} are needed. The measures below are shown as they are.',
        values: { orders, minimum },
      }),
    scoreExplained: i18n._({
      id: 'scorecard.pdf.score-explained',
      message:
        'The score is the weighted average of the measures with data in the period; each measure is a share from 0 to 100 %.',
    }),
    measures: i18n._({ id: 'scorecard.pdf.measures', message: 'MEASURES' }),
    columns: {
      measure: i18n._({ id: 'scorecard.pdf.column.measure', message: 'Measure' }),
      result: i18n._({ id: 'scorecard.pdf.column.result', message: 'Result' }),
      counted: i18n._({ id: 'scorecard.pdf.column.counted', message: 'Counted' }),
      weight: i18n._({ id: 'scorecard.pdf.column.weight', message: 'Weight' }),
      month: i18n._({ id: 'scorecard.pdf.column.month', message: 'Month' }),
      orders: i18n._({ id: 'scorecard.pdf.column.orders', message: 'Orders' }),
      score: i18n._({ id: 'scorecard.pdf.column.score', message: 'Score' }),
      grade: i18n._({ id: 'scorecard.pdf.column.grade', message: 'Grade' }),
    },
    measureName: (key: ScoreMeasure) => measureNames[key],
    counted: (key: ScoreMeasure, n: string, d: string, days: { grace: number; response: number }) => {
      switch (key) {
        case 'onTime':
          return days.grace === 0
            ? i18n._({
                id: 'scorecard.counted.on-time',
                message: '{n} of {d} lines delivered by the due date',
                values: { n, d },
              })
            : i18n._({
                id: 'scorecard.counted.on-time-grace',
                message:
                  '{n} of {d} lines delivered by the due date (+{grace, plural, one {# day} other {# days}})',
                values: { n, d, grace: days.grace },
              });
        case 'inFull':
          return i18n._({
            id: 'scorecard.counted.in-full',
            message: '{n} of {d} lines delivered complete',
            values: { n, d },
          });
        case 'quality':
          return i18n._({
            id: 'scorecard.counted.quality',
            message: '{n} of {d} units inspected accepted',
            values: { n, d },
          });
        case 'price':
          return i18n._({
            id: 'scorecard.counted.price',
            message: '{n} of {d} invoice lines at the order’s price',
            values: { n, d },
          });
        case 'invoiceAccuracy':
          return i18n._({
            id: 'scorecard.counted.invoice-accuracy',
            message: '{n} of {d} invoices matched at once',
            values: { n, d },
          });
        case 'responsiveness':
          return i18n._({
            id: 'scorecard.counted.responsiveness',
            message: '{n} of {d} orders answered within {days, plural, one {# day} other {# days}}',
            values: { n, d, days: days.response },
          });
        case 'satisfaction':
          return i18n._({
            id: 'scorecard.counted.satisfaction',
            message: '{n} of {d} rating points',
            values: { n, d },
          });
      }
    },
    noData: i18n._({ id: 'scorecard.pdf.no-data', message: 'no data' }),
    details: i18n._({ id: 'scorecard.pdf.details', message: 'ALSO MEASURED' }),
    otif: i18n._({ id: 'scorecard.pdf.otif', message: 'On time and in full (OTIF)' }),
    averageDaysLate: i18n._({ id: 'scorecard.pdf.average-days-late', message: 'Average days late' }),
    returnRate: i18n._({ id: 'scorecard.pdf.return-rate', message: 'Returned' }),
    averageResponseHours: i18n._({
      id: 'scorecard.pdf.average-response-hours',
      message: 'Average time to answer an order (hours)',
    }),
    trend: i18n._({ id: 'scorecard.pdf.trend', message: 'TREND: THE LAST 12 MONTHS' }),
    comments: i18n._({ id: 'scorecard.pdf.comments', message: 'WHAT OUR PEOPLE SAID' }),
    noComments: i18n._({
      id: 'scorecard.pdf.no-comments',
      message: 'No comments were shared for this period.',
    }),
    raterRole: (role: RaterRole) => raterRoles[role],
    commentMeta: (role: string, date: string, order: string | null) =>
      order
        ? i18n._({
            id: 'scorecard.pdf.comment-meta-order',
            message: '{role} · {date} · {order}',
            values: { role, date, order },
          })
        : i18n._({
            id: 'scorecard.pdf.comment-meta',
            message: '{role} · {date}',
            values: { role, date },
          }),
    correctiveAction: i18n._({
      id: 'scorecard.pdf.corrective-action',
      message: 'CORRECTIVE ACTION REQUESTED',
    }),
    dueBy: (date: string) =>
      i18n._({ id: 'scorecard.pdf.due-by', message: 'Due by {date}', values: { date } }),
    requestedOn: (date: string) =>
      i18n._({ id: 'scorecard.pdf.requested-on', message: 'Requested on {date}', values: { date } }),
    periodReviewed: (period: string) =>
      i18n._({
        id: 'scorecard.pdf.period-reviewed',
        message: 'Period reviewed: {period}',
        values: { period },
      }),
    footer: (supplier: string, period: string) =>
      i18n._({
        id: 'scorecard.pdf.footer',
        message: 'Scorecard · {supplier} · {period}',
        values: { supplier, period },
      }),
    page: (page: number, total: number) =>
      i18n._({ id: 'pdf.footer.page', message: 'Page {page} of {total}', values: { page, total } }),
    generated: (when: string) =>
      i18n._({ id: 'pdf.footer.generated', message: 'Generated {when}', values: { when } }),
  };
}

export type ScorecardTexts = ReturnType<typeof scorecardTexts>;
