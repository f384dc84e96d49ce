import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Badge, Button, Code, FileButton, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import { useCan } from '@/features/auth/use-can';
import { errorMessage, type FieldError, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { formatMoney } from '@/lib/format';
import { type PaymentRun, type PaymentStatusReportResult, useImportStatusReport } from '../queries';

/** The text beside the button: it takes the room, and wraps under the button on a phone. */
const DROP_TEXT = { flexGrow: 1, flexShrink: 1, flexBasis: 240 } as const;

type Outcome =
  | { state: 'done'; name: string; result: PaymentStatusReportResult }
  | { state: 'failed'; name: string; message: string; problems: FieldError[] };

/**
 * A run's answer from the bank: the payments it rejected, with its reasons, and — for whoever
 * confirms runs — importing its payment status report (pain.002 XML, dropped or chosen), with
 * what the import did or every problem of the file (docs/accounts-payable.md#bank-status-reports).
 */
export function BankStatusReport({ run }: { run: PaymentRun }) {
  const { t } = useLingui();
  const can = useCan();
  const importReport = useImportStatusReport();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [over, setOver] = useState(false);
  const rejected = run.payments.filter((p) => p.status === 'rejected');
  const answered =
    run.status === 'confirmed' ||
    run.status === 'paid' ||
    (run.status === 'cancelled' && rejected.length > 0);
  const mayImport = answered && run.payments.length > 0 && can('payments:approve');
  if (!mayImport && rejected.length === 0) return null;

  async function importFile(file: File | null | undefined) {
    if (!file) return;
    const name = file.name;
    try {
      const result = await importReport.mutateAsync({ id: run.id, version: run.version, file });
      setOutcome({ state: 'done', name, result });
    } catch (err) {
      setOutcome({
        state: 'failed',
        name,
        message: errorMessage(err),
        problems: isApiError(err) ? err.fieldErrors : [],
      });
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    void importFile(event.dataTransfer.files[0]);
  }

  return (
    <SectionCard title={t`Bank status`}>
      <Stack gap="md">
        {rejected.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={plural(rejected.length, {
              one: 'The bank rejected # payment',
              other: 'The bank rejected # payments',
            })}
          >
            <Stack gap={6}>
              <Text size="sm">
                <Trans>
                  Their invoices are approved for payment again and the next payment run proposes them: check
                  the supplier’s bank details first.
                </Trans>
              </Text>
              {rejected.map((p) => (
                <Text key={p.id} size="sm">
                  <Text span ff="monospace" fw={500}>
                    {p.number}
                  </Text>{' '}
                  · {p.supplierName} · {formatMoney(p.amount, p.currency)} — {p.rejectedReason}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {mayImport && (
          <Paper
            withBorder
            radius="md"
            p="md"
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
            style={{
              borderStyle: 'dashed',
              borderWidth: 2,
              borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
              background: over ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            <Group gap="md" wrap="wrap" justify="space-between">
              <Group gap="sm" wrap="nowrap" miw={0} style={DROP_TEXT}>
                <IconFileUpload size={28} aria-hidden style={{ flex: 'none' }} />
                <Text size="sm">
                  <Trans>
                    Drop the bank’s payment status report here (ISO 20022 pain.002, .xml): paid payments are
                    paid, rejected ones give their invoices back to the next run.
                  </Trans>
                </Text>
              </Group>
              <FileButton accept=".xml,application/xml,text/xml" onChange={(file) => void importFile(file)}>
                {(props) => (
                  <Button {...props} variant="default" loading={importReport.isPending}>
                    <Trans>Import bank status report</Trans>
                  </Button>
                )}
              </FileButton>
            </Group>
          </Paper>
        )}
        {outcome && (
          <div aria-live="polite">
            <ImportOutcome outcome={outcome} />
          </div>
        )}
      </Stack>
    </SectionCard>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useLingui();
  const name = outcome.name;
  if (outcome.state === 'failed') {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title={t`${name}: not imported`}
      >
        <Stack gap="xs">
          <Text size="sm">{outcome.message}</Text>
          {outcome.problems.length > 0 && (
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing={4} fz="sm" aria-label={t`Problems in ${name}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <Trans>Where</Trans>
                    </Table.Th>
                    <Table.Th>
                      <Trans>Problem</Trans>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {outcome.problems.map((p) => (
                    <Table.Tr key={`${p.path}:${p.message}`}>
                      <Table.Td style={{ wordBreak: 'break-all' }}>
                        <Code>{p.path}</Code>
                      </Table.Td>
                      <Table.Td>{translateFieldMessage(p.message)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Alert>
    );
  }
  const { counts, report, payments } = outcome.result;
  const { messageId } = report;
  const { paid, rejected, pending, unchanged } = counts;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCheck size={18} />}
      title={t`${name}: imported (${messageId})`}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge color="teal" variant="light">{t`Paid: ${paid}`}</Badge>
          <Badge color="red" variant="light">{t`Rejected: ${rejected}`}</Badge>
          <Badge color="blue" variant="light">{t`Pending: ${pending}`}</Badge>
          <Badge color="gray" variant="light">{t`Unchanged: ${unchanged}`}</Badge>
        </Group>
        {payments.map((p) => (
          <Text key={p.paymentId} size="sm">
            <Text span ff="monospace" fw={500}>
              {p.number}
            </Text>{' '}
            · {p.bankStatus}
            {p.reason ? ` — ${p.reason}` : ''}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
