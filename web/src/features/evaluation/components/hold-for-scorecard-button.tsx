import type { SupplierStatus } from '@contracts/suppliers';
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { errorMessage } from '@/lib/api';
import { useHoldSupplierForScorecard } from '../hold-for-scorecard';
import { describeScorecardSnapshot } from '../labels';
import { type Scorecard, useSupplierScorecard } from '../queries';

/** The scorecard as the hold keeps it (what the server writes to the supplier's history). */
function keptOf(card: Scorecard) {
  return {
    period: card.period.key,
    from: card.period.from,
    to: card.period.to,
    orders: card.orders,
    score: card.score,
    grade: card.grade,
    enoughData: card.enoughData,
    measures: card.measures.map((m) => ({ key: m.key, value: m.value })),
    otif: card.details.otif,
  };
}

/**
 * "Hold for scorecard": puts an active supplier on hold because of its scorecard for the period
 * shown, with a reason; the reason and a snapshot of the scorecard are kept in its history
 * (docs/evaluation.md#choosing-a-supplier). The snapshot is of all item categories, as the server
 * takes it, whichever category the scorecard shows.
 */
export function HoldForScorecardButton({
  supplier,
  period,
  categoryPicked,
}: {
  supplier: { id: string; legalName: string; version: number; status: SupplierStatus };
  period: string;
  categoryPicked: boolean;
}) {
  const { t, i18n } = useLingui();
  const [opened, setOpened] = useState(false);
  const hold = useHoldSupplierForScorecard();
  // The period's scorecard over all categories: the one on the page unless a category is picked.
  const card = useSupplierScorecard(supplier.id, { period }, { enabled: opened });
  const name = supplier.legalName;

  let kept: string;
  if (card.data) kept = describeScorecardSnapshot(i18n, keptOf(card.data));
  else if (card.error) kept = errorMessage(card.error);
  else kept = t`Loading the scorecard…`;

  return (
    <>
      {/* Only the button goes once the supplier is on hold: the modal stays to say so after a reload. */}
      {supplier.status === 'active' && (
        <Button
          variant="light"
          color="orange"
          leftSection={<IconPlayerPause size={16} />}
          onClick={() => setOpened(true)}
        >
          <Trans>Hold for scorecard</Trans>
        </Button>
      )}
      <ConfirmWithReasonModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t`Put ${name} on hold for its scorecard`}
        message={
          <>
            <Trans>
              The supplier is put on hold: new purchase orders to it show a warning until it is activated
              again. The reason and a snapshot of this scorecard — its period, score, grade and measures — are
              kept in the supplier’s history:
            </Trans>
            <Text component="span" display="block" mt="xs" fw={500} data-testid="scorecard-kept">
              {kept}
            </Text>
            {categoryPicked && (
              <Text component="span" display="block" mt="xs" c="dimmed" size="sm">
                <Trans>The snapshot counts every item category, not only the one picked.</Trans>
              </Text>
            )}
          </>
        }
        reasonLabel={t`What in the scorecard puts the supplier on hold`}
        confirmLabel={t`Hold for scorecard`}
        color="orange"
        reasonRequired
        onConfirm={async (reason) => {
          await hold.mutateAsync({
            supplierId: supplier.id,
            version: supplier.version,
            body: { reason, period },
          });
          notifications.show({
            color: 'teal',
            title: t`Supplier on hold`,
            message: t`${name} is on hold; the reason and its scorecard are kept in its history.`,
          });
        }}
      />
    </>
  );
}
