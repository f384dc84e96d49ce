import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Button, Group, Modal, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconTruckReturn } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { ReturnForm } from '@/features/receiving/components/return-form';
import { ReturnList } from '@/features/receiving/components/return-item';
import { REJECTION_REASON_LABELS } from '@/features/receiving/labels';
import {
  type Receipt,
  type ReturnRemedy,
  useReceiptsAwaitingReturn,
  useReturns,
} from '@/features/receiving/queries';
import { formatDate, formatDecimal } from '@/lib/format';
import { isZero } from '@/lib/money';
import { usePageTitle } from '@/lib/use-page-title';

const REMEDY_FILTERS: { value: 'all' | ReturnRemedy; label: MessageDescriptor }[] = [
  { value: 'all', label: msg`All` },
  { value: 'replacement', label: msg`Replacement` },
  { value: 'credit', label: msg`Credit` },
];

/**
 * Returns to supplier: the goods rejected at inspection still here (each returned in place), and
 * the returns made, newest first, by what is expected for them.
 */
export function ReturnsPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Returns to supplier`);
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const remedy = REMEDY_FILTERS.find((f) => f.value === params.get('remedy'))?.value ?? 'all';
  const returns = useReturns(remedy === 'all' ? {} : { remedy });
  const awaiting = useReceiptsAwaitingReturn();
  const [returning, setReturning] = useState<Receipt | null>(null);
  const _items = returns.data?.pages.flatMap((p) => p.items) ?? [];
  const waiting = awaiting.data?.pages.flatMap((p) => p.items) ?? [];
  const returningNumber = returning?.number ?? '';
  return (
    <>
      <PageHeader
        title={t`Returns to supplier`}
        description={t`Goods rejected at inspection go back to their supplier, for a replacement or a credit.`}
      />
      <Stack gap="lg" maw={960}>
        {/* Nothing rejected is waiting: the section is left out; if it cannot be read, say so. */}
        {awaiting.error && <ErrorState error={awaiting.error} onRetry={() => void awaiting.refetch()} />}
        {waiting.length > 0 && (
          <Stack gap="xs" aria-labelledby="awaiting-return">
            <Title order={2} fz="lg" id="awaiting-return">
              <Trans>Rejected, not yet returned</Trans>
            </Title>
            {waiting.map((r) => (
              <AwaitingReturn
                key={r.id}
                receipt={r}
                onReturn={can('receiving:return') ? () => setReturning(r) : undefined}
              />
            ))}
          </Stack>
        )}
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} fz="lg">
              <Trans>Returns</Trans>
            </Title>
            <SegmentedControl
              size="xs"
              aria-label={t`Expected for the goods`}
              value={remedy}
              onChange={(v) => setParams(v === 'all' ? {} : { remedy: v })}
              data={REMEDY_FILTERS.map((f) => ({ value: f.value, label: i18n._(f.label) }))}
            />
          </Group>
          <ReturnList
            query={returns}
            orderPath={(r) => `/purchase-orders/${r.purchaseOrderId}#receipts`}
            empty={{
              title: t`No returns`,
              body: (
                <Trans>
                  Goods rejected at inspection can be returned from here or from their order’s page.
                </Trans>
              ),
            }}
          />
        </Stack>
      </Stack>
      <Modal
        opened={returning !== null}
        onClose={() => setReturning(null)}
        title={returning ? t`Return goods of ${returningNumber} to the supplier` : ''}
        size="lg"
      >
        {returning && <ReturnForm receipt={returning} onDone={() => setReturning(null)} />}
      </Modal>
    </>
  );
}

/** A receipt with rejected goods still here: what and why, and the way to send them back. */
function AwaitingReturn({ receipt: r, onReturn }: { receipt: Receipt; onReturn?: () => void }) {
  const { i18n } = useLingui();
  const on = formatDate(r.receivedOn);
  const { number } = r;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`awaiting-return-${r.number}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Group gap="xs">
            <Text fw={600}>{number}</Text>
            <Anchor component={Link} to={`/purchase-orders/${r.purchaseOrderId}#receipts`} size="sm">
              {r.purchaseOrderNumber}
            </Anchor>
            <Text size="xs" c="dimmed">
              <Trans>received {on}</Trans>
            </Text>
          </Group>
          {r.lines
            .filter((l) => !isZero(l.quantityReturnable))
            .map((l) => {
              const reasons = l.inspections
                .filter((x) => x.rejectionReason)
                .map((x) => (x.rejectionReason ? i18n._(REJECTION_REASON_LABELS[x.rejectionReason]) : ''))
                .join(', ');
              const { lineNo, unitCode, description } = l;
              const quantity = formatDecimal(l.quantityReturnable);
              return (
                <Text key={lineNo} size="sm">
                  <Trans>
                    Line {lineNo}: {quantity} {unitCode} {description} — {reasons}
                  </Trans>
                </Text>
              );
            })}
        </div>
        {onReturn && (
          <Button color="red" variant="light" leftSection={<IconTruckReturn size={16} />} onClick={onReturn}>
            <Trans>Return to supplier</Trans>
          </Button>
        )}
      </Group>
    </Paper>
  );
}
