import { Alert, Group, Progress, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { SectionCard } from '@/components/detail-section';
import { errorMessage } from '@/lib/api';
import { formatDate, formatMoney } from '@/lib/format';
import { compareDecimal, isNegative, maxDecimal, percentOf, subtractDecimal, sumDecimal } from '@/lib/money';
import { type BudgetEffect, useBudgetEffect } from '../api/get-budget-effect';

export type BudgetEffectCardProps = {
  costCentreId: string | null;
  /** The day the budget is checked on (an order's date; a requisition's submission day). */
  date: string | null;
  /** The document total in `currency`, as a decimal string; null when it has none (lines in several currencies). */
  amount: string | null;
  currency: string | null;
  /** "order" or "requisition": how the messages name the document. */
  noun: string;
  /** Shown on a submitted document: the wording says what happened rather than what would. */
  submitted?: boolean;
};

function BudgetBar({
  budget,
  base,
  noun,
}: {
  budget: BudgetEffect['budgets'][number];
  base: string;
  noun: string;
}) {
  // Exact amounts (decimal strings): what others committed and spent, what this document takes,
  // what is left after it.
  const others = sumDecimal(subtractDecimal(budget.committed, budget.documentCommitted), budget.actual);
  const available = budget.availableAfter;
  const mine = subtractDecimal(budget.availableNow, available);
  const left = isNegative(available) ? '0' : available;
  // When the budget is exceeded the bar shows the whole demand against it.
  const whole = maxDecimal(budget.amount, sumDecimal(others, mine));
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {budget.periodLabel}
        </Text>
        <Text size="sm" c={budget.exceeded ? 'red' : 'dimmed'}>
          {budget.exceeded
            ? `${formatMoney(budget.availableAfter.replace('-', ''), base)} over`
            : `${formatMoney(budget.availableAfter, base)} left after this ${noun}`}
        </Text>
      </Group>
      <Progress.Root size="lg" role="group" aria-label={`${budget.periodLabel} budget consumption`}>
        <Tooltip label={`Committed and spent: ${formatMoney(others, base)}`}>
          <Progress.Section value={percentOf(others, whole)} color="blue" aria-label="Committed and spent" />
        </Tooltip>
        <Tooltip label={`This ${noun}: ${formatMoney(mine, base)}`}>
          <Progress.Section
            value={percentOf(mine, whole)}
            color={budget.exceeded ? 'red' : 'yellow'}
            aria-label={`This ${noun}`}
          />
        </Tooltip>
        <Tooltip label={`Available: ${formatMoney(left, base)}`}>
          <Progress.Section value={percentOf(left, whole)} color="gray.3" aria-label="Available" />
        </Tooltip>
      </Progress.Root>
      <Text size="xs" c="dimmed">
        Budget {formatMoney(budget.amount, base)} · committed {formatMoney(budget.committed, base)} · actual{' '}
        {formatMoney(budget.actual, base)} · available now {formatMoney(budget.availableNow, base)}
      </Text>
    </Stack>
  );
}

/** What the worst exceeded budget means on submit, per the budget control setting. */
function OverrunAlert({
  effect,
  noun,
  submitted,
}: {
  effect: BudgetEffect;
  noun: string;
  submitted: boolean;
}) {
  const exceeded = effect.budgets.filter((b) => b.exceeded);
  if (exceeded.length === 0) return null;
  const worst = exceeded.reduce((a, b) => (compareDecimal(b.availableAfter, a.availableAfter) < 0 ? b : a));
  const base = effect.baseCurrency;
  const code = effect.costCentreCode ?? '';
  const over = formatMoney(worst.availableAfter.replace('-', ''), base);
  if (effect.control === 'block') {
    const left =
      compareDecimal(worst.availableNow, '0') > 0 ? formatMoney(worst.availableNow, base) : 'nothing';
    return (
      <Alert color="red" icon={<IconBan size={18} />} title="Over budget">
        {submitted ? '' : 'Submitting will be refused: '}cost centre {code} has {left} left of its{' '}
        {worst.periodLabel} budget; this {noun} needs {formatMoney(effect.amountBase, base)}.
      </Alert>
    );
  }
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Over budget">
      This {noun} {submitted ? 'exceeds' : 'would exceed'} the {code} budget for {worst.periodLabel} by {over}
      ;{' '}
      {submitted
        ? 'its route has a Budget overrun approval step unless a policy step covers it.'
        : 'submitting will add a Budget overrun approval step.'}
    </Alert>
  );
}

/**
 * The budget effect of a document while it is drafted (or awaits approval): each budget covering
 * its date, with what is committed, what this document adds and what is left, and what the budget
 * control setting will do on submit. Asks the server a moment after the figures stop changing.
 */
export function BudgetEffectCard(props: BudgetEffectCardProps) {
  const ready =
    props.costCentreId && props.date && props.currency && props.amount && /^\d+(\.\d+)?$/.test(props.amount)
      ? { costCentreId: props.costCentreId, date: props.date, amount: props.amount, currency: props.currency }
      : null;
  const [query] = useDebouncedValue(ready, 400);
  const effect = useBudgetEffect(query);
  const noun = props.noun;

  let body: ReactNode;
  if (!props.costCentreId) {
    body = (
      <Text size="sm" c="dimmed">
        Choose a cost centre to see how this {noun} stands against its budget.
      </Text>
    );
  } else if (props.amount === null) {
    body = (
      <Text size="sm" c="dimmed">
        The lines are in several currencies: the budget is checked in base currency when the {noun} is
        submitted.
      </Text>
    );
  } else if (!ready || !query || (effect.isPending && effect.fetchStatus !== 'idle')) {
    body = <Skeleton height={48} />;
  } else if (effect.isError) {
    body = (
      <Text size="sm" c="red" role="alert">
        {errorMessage(effect.error)}
      </Text>
    );
  } else if (!effect.data) {
    body = <Skeleton height={48} />;
  } else if (effect.data.budgets.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        No budget of cost centre {effect.data.costCentreCode} covers {formatDate(effect.data.date)}: nothing
        to check.
      </Text>
    );
  } else {
    const data = effect.data;
    body = (
      <Stack gap="md">
        {data.budgets.map((b) => (
          <BudgetBar key={b.budgetId} budget={b} base={data.baseCurrency} noun={noun} />
        ))}
        <OverrunAlert effect={data} noun={noun} submitted={props.submitted ?? false} />
      </Stack>
    );
  }

  return (
    <SectionCard
      title="Budget"
      description={`Cost centre budgets covering the ${noun} date, in base currency: committed, this ${noun}, available.`}
    >
      {body}
    </SectionCard>
  );
}
