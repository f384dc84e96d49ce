import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Anchor,
  Button,
  Code,
  FileButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileUpload, IconLoader2 } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { Link } from 'react-router';
import { type CsvRowProblem, rowProblemOf } from '@/components/csv-transfer';
import { errorMessage, isApiError } from '@/lib/api';
import { formatMoney } from '@/lib/format';
import {
  INVOICE_IMPORT_COLUMNS,
  type Invoice,
  importCsvInvoices,
  importUblInvoice,
  useInvoicesImported,
} from '../capture-queries';
import { InvoiceStatusBadge } from './invoice-status-badge';

type Created = Pick<
  Invoice,
  'id' | 'number' | 'status' | 'supplierInvoiceNumber' | 'purchaseOrderNumber' | 'payableAmount' | 'currency'
>;

type Outcome =
  | { key: string; name: string; state: 'importing' }
  | { key: string; name: string; state: 'done'; invoices: Created[] }
  | { key: string; name: string; state: 'failed'; message: string; problems: CsvRowProblem[] };

const isXml = (file: File) => /\.xml$/i.test(file.name) || /xml/.test(file.type);

let seq = 0;

/**
 * Suppliers' invoices from files: UBL invoices and credit notes (one XML file each, several at a
 * time) and CSV files or workbooks of invoices, dropped on the area or chosen. Each file's outcome
 * is listed: the invoices it created, linked (a draft to confirm opens in the form), or every
 * problem with its place — an XML path or a file line and column.
 */
export function InvoiceFileImport() {
  const { t } = useLingui();
  const imported = useInvoicesImported();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [over, setOver] = useState(false);

  const set = (key: string, next: Outcome) =>
    setOutcomes((list) => list.map((o) => (o.key === key ? next : o)));

  async function importOne(file: File) {
    const key = `file-${++seq}`;
    const name = file.name;
    setOutcomes((list) => [{ key, name, state: 'importing' }, ...list]);
    try {
      const invoices = isXml(file)
        ? [await importUblInvoice(file)]
        : (await importCsvInvoices(file)).invoices;
      set(key, { key, name, state: 'done', invoices });
    } catch (err) {
      set(key, {
        key,
        name,
        state: 'failed',
        message: errorMessage(err),
        problems: isApiError(err) ? err.fieldErrors.map(rowProblemOf) : [],
      });
    }
  }

  async function importAll(files: File[]) {
    // One at a time: the files may bill the same order, whose matches wait for each other anyway.
    for (const file of files) await importOne(file);
    imported();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    void importAll([...event.dataTransfer.files]);
  }

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        radius="md"
        p="xl"
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
        <Stack align="center" gap="sm" ta="center">
          <IconFileUpload size={36} aria-hidden />
          <Text fw={600}>
            <Trans>Drop invoice files here</Trans>
          </Text>
          <Text size="sm" c="dimmed" maw={560}>
            <Trans>
              UBL invoices and credit notes (.xml, one per file, PEPPOL BIS Billing 3 included), or CSV files
              and Excel workbooks with one row per invoice line. Several files at once.
            </Trans>
          </Text>
          <FileButton
            multiple
            accept=".xml,.csv,.xlsx,application/xml,text/xml,text/csv"
            onChange={(files) => void importAll(files)}
          >
            {(props) => (
              <Button {...props} variant="default">
                <Trans>Choose files</Trans>
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            <Trans>CSV columns:</Trans> <Code>{INVOICE_IMPORT_COLUMNS.required.join(', ')}</Code>{' '}
            <Trans>(required)</Trans>, <Code>{INVOICE_IMPORT_COLUMNS.optional.join(', ')}</Code>
          </Text>
        </Stack>
      </Paper>

      {outcomes.length > 0 && (
        <Stack gap="sm" aria-live="polite">
          {outcomes.map((o) => (
            <FileOutcome key={o.key} outcome={o} />
          ))}
          <Group justify="flex-end">
            <Button variant="subtle" size="xs" onClick={() => setOutcomes([])}>
              {t`Clear the list`}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function FileOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useLingui();
  const name = outcome.name;
  if (outcome.state === 'importing') {
    return (
      <Paper withBorder radius="md" p="sm">
        <Group gap="sm">
          <IconLoader2 size={18} aria-hidden />
          <Text size="sm">
            <Trans>Importing {name}…</Trans>
          </Text>
        </Group>
      </Paper>
    );
  }
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
            <Table.ScrollContainer minWidth={360}>
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
                  {outcome.problems.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a place can have the same problem twice; the list is read-only
                    <Table.Tr key={i}>
                      <Table.Td style={{ wordBreak: 'break-all' }}>
                        <ProblemPlace problem={p} />
                      </Table.Td>
                      <Table.Td>{p.message}</Table.Td>
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
  const count = outcome.invoices.length;
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Group gap="xs">
          <ThemeIcon color="teal" variant="light" size="sm" radius="xl">
            <IconCheck size={14} />
          </ThemeIcon>
          <Text size="sm" fw={600}>
            {count === 1 ? t`${name}: one invoice imported` : t`${name}: ${count} invoices imported`}
          </Text>
        </Group>
        {outcome.invoices.map((inv) => (
          <Group key={inv.id} gap="sm" wrap="wrap">
            <Anchor component={Link} to={`/invoices/${inv.id}`} fw={600}>
              {inv.number}
            </Anchor>
            <Text size="sm">
              {inv.supplierInvoiceNumber} · {inv.purchaseOrderNumber} ·{' '}
              {formatMoney(inv.payableAmount, inv.currency)}
            </Text>
            <InvoiceStatusBadge status={inv.status} size="sm" />
            {inv.status === 'draft' && (
              <Button component={Link} to={`/invoices/${inv.id}/edit`} size="compact-sm" variant="light">
                <Trans>Confirm its lines</Trans>
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** Where a problem is: a CSV file's line and column, or a UBL file's XML path. */
function ProblemPlace({ problem }: { problem: CsvRowProblem }) {
  const line = problem.line;
  if (line === null) return problem.column ? <Code>{problem.column}</Code> : <>—</>;
  return (
    <>
      <Trans context="CSV file">Line {line}</Trans>
      {problem.column && (
        <>
          {' '}
          <Code>{problem.column}</Code>
        </>
      )}
    </>
  );
}
