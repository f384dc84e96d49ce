import type { DrillMeasure } from '@contracts/evaluation';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { formatDate, formatDecimal, formatMoney } from '@/lib/format';
import { normalizeDecimal } from '@/lib/money';
import { type DrillFact, isNothing } from '../scorecard-figures';

/** A price per unit as the match compared it ("12.450000"): its digits that say something, at least two decimals. */
function price(value: string): string {
  return formatDecimal(normalizeDecimal(value), { minFractionDigits: 2 });
}

/** One fact of a drill-down row in words, in the user's language (the API's English `explanation` is not shown). */
export function useDrillFactText(): (fact: DrillFact) => string {
  const { t } = useLingui();
  return (fact) => {
    switch (fact.kind) {
      case 'timing': {
        const due = formatDate(fact.dueDate);
        const delivered = formatDate(fact.deliveredOn);
        const from =
          fact.dueFrom === 'promised'
            ? t`promised`
            : fact.dueFrom === 'needed_by'
              ? t`needed by then`
              : t`expected delivery`;
        const days = Math.abs(fact.daysLate);
        const when =
          fact.daysLate > 0
            ? plural(days, { one: '# day late', other: '# days late' })
            : fact.daysLate < 0
              ? plural(days, { one: '# day early', other: '# days early' })
              : t`on the day`;
        const text = t`Due ${due} (${from}), complete ${delivered}: ${when}`;
        return fact.withinGrace ? `${text} — ${t`within the grace days`}` : text;
      }
      case 'noDueDate':
        return t`No due date: not counted for timing`;
      case 'allDelivered': {
        const quantity = formatDecimal(fact.quantity);
        return t`All ${quantity} delivered`;
      }
      case 'short': {
        const shortBy = formatDecimal(fact.shortBy);
        const quantity = formatDecimal(fact.quantity);
        return t`Short by ${shortBy} of ${quantity}`;
      }
      case 'shortClosed': {
        const quantity = formatDecimal(fact.quantity);
        return t`${quantity} short-closed`;
      }
      case 'replaced': {
        const quantity = formatDecimal(fact.quantity);
        return t`${quantity} sent back for a replacement`;
      }
      case 'inspected': {
        const accepted = formatDecimal(fact.accepted);
        const inspected = formatDecimal(fact.inspected);
        const rejected = formatDecimal(fact.rejected);
        return isNothing(fact.rejected)
          ? t`${accepted} of ${inspected} accepted at inspection`
          : t`${accepted} of ${inspected} accepted at inspection, ${rejected} rejected`;
      }
      case 'returned': {
        const returned = formatDecimal(fact.returned);
        const received = formatDecimal(fact.received);
        return isNothing(fact.returned)
          ? t`None of ${received} received went back`
          : t`${returned} of ${received} received went back`;
      }
      case 'billed': {
        const unitPrice = price(fact.unitPrice);
        const orderUnitPrice = price(fact.orderUnitPrice);
        if (fact.above === null) return t`Billed ${unitPrice} a unit; the order’s price ${orderUnitPrice}`;
        const above = price(fact.above);
        return t`Billed ${unitPrice} a unit, ${above} above the order’s ${orderUnitPrice}`;
      }
      case 'ordered': {
        const unitPrice = fact.currency
          ? formatMoney(normalizeDecimal(fact.unitPrice), fact.currency)
          : price(fact.unitPrice);
        const reference = fact.currency
          ? formatMoney(normalizeDecimal(fact.referencePrice), fact.currency)
          : price(fact.referencePrice);
        if (fact.against === 'list')
          return fact.above === null
            ? t`Ordered at ${unitPrice} a unit net; the price list’s ${reference}`
            : t`Ordered at ${unitPrice} a unit net, above the price list’s ${reference}`;
        return fact.above === null
          ? t`Ordered at ${unitPrice} a unit net; last paid ${reference}`
          : t`Ordered at ${unitPrice} a unit net, above the ${reference} last paid`;
      }
      case 'firstPass':
        return fact.passed ? t`Matched at the first pass` : t`An exception at its match, or rejected`;
      case 'answered': {
        const hours = formatDecimal(fact.hours);
        const allowed = fact.responseDays;
        return t`Answered ${hours} hours after it was sent (${allowed} days allowed)`;
      }
      case 'notAnswered': {
        const allowed = fact.responseDays;
        return t`Not answered (${allowed} days allowed)`;
      }
      case 'rated': {
        const { delivery, quality, service } = fact;
        return t`Rated ${delivery} for delivery, ${quality} for quality, ${service} for service`;
      }
    }
  };
}

/** "these 2 were late or short": what the failures of a figure had in common. */
export function useFailureSentence(): (measure: DrillMeasure, count: number) => string {
  return (measure, count) => {
    switch (measure) {
      case 'onTime':
        return plural(count, { one: 'this one was late', other: 'these # were late' });
      case 'inFull':
        return plural(count, { one: 'this one was short', other: 'these # were short' });
      case 'otif':
        return plural(count, { one: 'this one was late or short', other: 'these # were late or short' });
      case 'quality':
        return plural(count, { one: 'this one had goods rejected', other: 'these # had goods rejected' });
      case 'returns':
        return plural(count, { one: 'this one had goods sent back', other: 'these # had goods sent back' });
      case 'price':
        return plural(count, {
          one: 'this one was billed above the order’s price',
          other: 'these # were billed above the order’s price',
        });
      case 'invoiceAccuracy':
        return plural(count, {
          one: 'this one was an exception or rejected',
          other: 'these # were exceptions or rejected',
        });
      case 'responsiveness':
        return plural(count, {
          one: 'this one was answered late or not at all',
          other: 'these # were answered late or not at all',
        });
      case 'satisfaction':
        return plural(count, {
          one: 'this one was rated below 3 on average',
          other: 'these # were rated below 3 on average',
        });
      case 'orderVsList':
        return plural(count, {
          one: 'this one was ordered above the price list',
          other: 'these # were ordered above the price list',
        });
      case 'orderVsLastPrice':
        return plural(count, {
          one: 'this one was ordered above the last price paid',
          other: 'these # were ordered above the last price paid',
        });
    }
  };
}
