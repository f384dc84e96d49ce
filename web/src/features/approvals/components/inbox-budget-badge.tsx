import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Tooltip } from '@mantine/core';
import { formatMoney } from '@/lib/format';
import type { ApprovalInboxItem } from '../queries';

/** Where an inbox document stands against its cost centre's budget, without opening it. */
export function InboxBudgetBadge({
  budget,
  baseCurrency,
}: {
  budget: ApprovalInboxItem['budget'];
  baseCurrency: string | undefined;
}) {
  const { t } = useLingui();
  const available =
    budget.available !== null && baseCurrency ? formatMoney(budget.available, baseCurrency) : null;
  const left = available !== null ? t`${available} left before this document` : undefined;
  const costCentre = budget.costCentreCode;
  if (budget.status === 'none') {
    return (
      <Badge variant="light" color="gray" size="sm">
        <Trans>No budget</Trans>
      </Badge>
    );
  }
  const badge =
    budget.status === 'exceeds' ? (
      <Badge variant="light" color="red" size="sm">
        <Trans>Exceeds {costCentre} budget</Trans>
      </Badge>
    ) : (
      <Badge variant="light" color="teal" size="sm">
        <Trans>Within budget</Trans>
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
