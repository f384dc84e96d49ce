import { Badge, Tooltip } from '@mantine/core';
import { formatMoney } from '@/lib/format';
import type { ApprovalInboxItem } from '../api/list-approval-inbox';

/** Where an inbox document stands against its cost centre's budget, without opening it. */
export function InboxBudgetBadge({
  budget,
  baseCurrency,
}: {
  budget: ApprovalInboxItem['budget'];
  baseCurrency: string | undefined;
}) {
  const left =
    budget.available !== null && baseCurrency
      ? `${formatMoney(budget.available, baseCurrency)} left before this document`
      : undefined;
  if (budget.status === 'none') {
    return (
      <Badge variant="light" color="gray" size="sm">
        No budget
      </Badge>
    );
  }
  const badge =
    budget.status === 'exceeds' ? (
      <Badge variant="light" color="red" size="sm">
        Exceeds {budget.costCentreCode} budget
      </Badge>
    ) : (
      <Badge variant="light" color="teal" size="sm">
        Within budget
      </Badge>
    );
  return left ? (
    <Tooltip label={`${budget.costCentreCode}: ${left}`} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
