import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Group, Progress, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { SectionCard } from '@/components/detail-section';
import { errorMessage } from '@/lib/api';
import { formatDate, formatMoney } from '@/lib/format';
import { compareDecimal, isNegative, maxDecimal, percentOf, subtractDecimal, sumDecimal } from '@/lib/money';
import { type BudgetEffect, useBudgetEffect } from '../queries';

export type BudgetEffectCardProps = {
  costCentreId: string | null;
  /** The day the budget is checked on (an order's date; a requisition's submission day). */
  date: string | null;
  /** The document total in `currency`, as a decimal string; null when it has none (lines in several currencies). */
  amount: string | null;
  currency: string | null;
  /** "order" or "requisition": how the messages name the document. */
  noun: 'order' | 'requisition';
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
  noun: BudgetEffectCardProps['noun'];
}) {
  const { t } = useLingui();
  const requisition = noun === 'requisition';
  // Exact amounts (decimal strings): what others committed and spent, what this document takes,
  // what is left after it.
  const others = sumDecimal(subtractDecimal(budget.committed, budget.documentCommitted), budget.actual);
  const available = budget.availableAfter;
  const mine = subtractDecimal(budget.availableNow, available);
  const left = isNegative(available) ? '0' : available;
  // When the budget is exceeded the bar shows the whole demand against it.
  const whole = maxDecimal(budget.amount, sumDecimal(others, mine));
  const period = budget.periodLabel;
  const over = formatMoney(budget.availableAfter.replace('-', ''), base);
  const after = formatMoney(budget.availableAfter, base);
  const othersMoney = formatMoney(others, base);
  const mineMoney = formatMoney(mine, base);
  const leftMoney = formatMoney(left, base);
  const amount = formatMoney(budget.amount, base);
  const committed = formatMoney(budget.committed, base);
  const actual = formatMoney(budget.actual, base);
  const availableNow = formatMoney(budget.availableNow, base);
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {budget.periodLabel}
        </Text>
        <Text size="sm" c={budget.exceeded ? 'red' : 'dimmed'}>
          {budget.exceeded
            ? t`${over} over`
            : requisition
              ? t`${after} left after this requisition`
              : t`${after} left after this order`}
        </Text>
      </Group>
      <Progress.Root size="lg" role="group" aria-label={t`${period} budget consumption`}>
        <Tooltip label={t`Committed and spent: ${othersMoney}`}>
          <Progress.Section
            value={percentOf(others, whole)}
            color="blue"
            aria-label={t`Committed and spent`}
          />
        </Tooltip>
        <Tooltip label={requisition ? t`This requisition: ${mineMoney}` : t`This order: ${mineMoney}`}>
          <Progress.Section
            value={percentOf(mine, whole)}
            color={budget.exceeded ? 'red' : 'yellow'}
            aria-label={requisition ? t`This requisition` : t`This order`}
          />
        </Tooltip>
        <Tooltip label={t`Available: ${leftMoney}`}>
          <Progress.Section value={percentOf(left, whole)} color="gray.3" aria-label={t`Available`} />
        </Tooltip>
      </Progress.Root>
      <Text size="xs" c="dimmed">
        <Trans>
          Budget {amount} · committed {committed} · actual {actual} · available now {availableNow}
        </Trans>
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
  noun: BudgetEffectCardProps['noun'];
  submitted: boolean;
}) {
  const { t } = useLingui();
  const exceeded = effect.budgets.filter((b) => b.exceeded);
  if (exceeded.length === 0) return null;
  const worst = exceeded.reduce((a, b) => (compareDecimal(b.availableAfter, a.availableAfter) < 0 ? b : a));
  const base = effect.baseCurrency;
  const code = effect.costCentreCode ?? '';
  const over = formatMoney(worst.availableAfter.replace('-', ''), base);
  const period = worst.periodLabel;
  const requisition = noun === 'requisition';
  if (effect.control === 'block') {
    const needs = formatMoney(effect.amountBase, base);
    const nothing = compareDecimal(worst.availableNow, '0') <= 0;
    const left = formatMoney(worst.availableNow, base);
    // One whole sentence per case: refused or not yet, anything left, which document.
    let text: string;
    if (submitted) {
      if (nothing)
        text = requisition
          ? t`cost centre ${code} has nothing left of its ${period} budget; this requisition needs ${needs}.`
          : t`cost centre ${code} has nothing left of its ${period} budget; this order needs ${needs}.`;
      else
        text = requisition
          ? t`cost centre ${code} has ${left} left of its ${period} budget; this requisition needs ${needs}.`
          : t`cost centre ${code} has ${left} left of its ${period} budget; this order needs ${needs}.`;
    } else if (nothing)
      text = requisition
        ? t`Submitting will be refused: cost centre ${code} has nothing left of its ${period} budget; this requisition needs ${needs}.`
        : t`Submitting will be refused: cost centre ${code} has nothing left of its ${period} budget; this order needs ${needs}.`;
    else
      text = requisition
        ? t`Submitting will be refused: cost centre ${code} has ${left} left of its ${period} budget; this requisition needs ${needs}.`
        : t`Submitting will be refused: cost centre ${code} has ${left} left of its ${period} budget; this order needs ${needs}.`;
    return (
      <Alert color="red" icon={<IconBan size={18} />} title={t`Over budget`}>
        {text}
      </Alert>
    );
  }
  let text: string;
  if (submitted)
    text = requisition
      ? t`This requisition exceeds the ${code} budget for ${period} by ${over}; its route has a Budget overrun approval step unless a policy step covers it.`
      : t`This order exceeds the ${code} budget for ${period} by ${over}; its route has a Budget overrun approval step unless a policy step covers it.`;
  else
    text = requisition
      ? t`This requisition would exceed the ${code} budget for ${period} by ${over}; submitting will add a Budget overrun approval step.`
      : t`This order would exceed the ${code} budget for ${period} by ${over}; submitting will add a Budget overrun approval step.`;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t`Over budget`}>
      {text}
    </Alert>
  );
}

/**
 * The budget effect of a document while it is drafted (or awaits approval): each budget covering
 * its date, with what is committed, what this document adds and what is left, and what the budget
 * control setting will do on submit. Asks the server a moment after the figures stop changing.
 */
export function BudgetEffectCard(props: BudgetEffectCardProps) {
  const { t } = useLingui();
  const ready =
    props.costCentreId && props.date && props.currency && props.amount && /^\d+(\.\d+)?$/.test(props.amount)
      ? { costCentreId: props.costCentreId, date: props.date, amount: props.amount, currency: props.currency }
      : null;
  const [query] = useDebouncedValue(ready, 400);
  const effect = useBudgetEffect(query);
  const noun = props.noun;
  const requisition = noun === 'requisition';

  let body: ReactNode;
  if (!props.costCentreId) {
    body = (
      <Text size="sm" c="dimmed">
        {requisition ? (
          <Trans>Choose a cost centre to see how this requisition stands against its budget.</Trans>
        ) : (
          <Trans>Choose a cost centre to see how this order stands against its budget.</Trans>
        )}
      </Text>
    );
  } else if (props.amount === null) {
    body = (
      <Text size="sm" c="dimmed">
        {requisition ? (
          <Trans>
            The lines are in several currencies: the budget is checked in base currency when the requisition
            is submitted.
          </Trans>
        ) : (
          <Trans>
            The lines are in several currencies: the budget is checked in base currency when the order is
            submitted.
          </Trans>
        )}
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
    const code = effect.data.costCentreCode;
    const day = formatDate(effect.data.date);
    body = (
      <Text size="sm" c="dimmed">
        <Trans>
          No budget of cost centre {code} covers {day}: nothing to check.
        </Trans>
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
      title={t`Budget`}
      description={
        requisition
          ? t`Cost centre budgets covering the requisition date, in base currency: committed, this requisition, available.`
          : t`Cost centre budgets covering the order date, in base currency: committed, this order, available.`
      }
    >
      {body}
    </SectionCard>
  );
}
