import { Alert, Box, Button, Code, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileTypeCsv,
  IconUpload,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { errorMessage, type FieldError, isApiError } from '@/lib/api';
import { formatCount } from '@/lib/format';

export type ImportResult = { created: number; updated: number };

/** Exports the list as CSV (with the list's filters, where the endpoint takes them). */
export function CsvExportButton({
  onExport,
  label = 'Export CSV',
}: {
  onExport: () => Promise<void>;
  label?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await onExport();
        } catch (err) {
          notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(err) });
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}

export type CsvRowProblem = { line: number | null; column: string | null; message: string };

/** "line 3.legalName" → line 3, column legalName; "line 4" → line 4; anything else has no line. */
export function rowProblemOf(error: FieldError): CsvRowProblem {
  const match = /^line (\d+)(?:\.(.+))?$/.exec(error.path);
  const message = error.message.charAt(0).toUpperCase() + error.message.slice(1);
  if (!match) return { line: null, column: error.path || null, message };
  return { line: Number(match[1]), column: match[2] ?? null, message };
}

export type CsvImportButtonProps = {
  /** Plural noun of what the file holds: "items", "price list entries", "suppliers". */
  what: string;
  columns: { required: string[]; optional: string[] };
  /** What a row does: "A new SKU creates an item, a known SKU updates it." */
  rule?: string;
  /** Uploads the file as the request body (text/csv) and returns the counts. */
  onImport: (file: File) => Promise<ImportResult>;
};

/** "Import CSV": choose a .csv file, upload it, see either the counts or every bad row. */
export function CsvImportButton(props: CsvImportButtonProps) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button variant="default" leftSection={<IconUpload size={16} />} onClick={open}>
        Import CSV
      </Button>
      <CsvImportModal {...props} opened={opened} onClose={close} />
    </>
  );
}

export function CsvImportModal(props: CsvImportButtonProps & { opened: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (props.opened) {
      setFile(null);
      setResult(null);
      setError(null);
    }
  }, [props.opened]);

  async function upload() {
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await props.onImport(file));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const problems = isApiError(error) ? error.fieldErrors.map(rowProblemOf) : [];
  const rowProblems = problems.filter((p) => p.line !== null).sort((a, b) => a!.line! - b!.line!);
  const fileProblems = problems.filter((p) => p.line === null);
  const badLines = new Set(rowProblems.map((p) => p.line)).size;

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={`Import ${props.what} from CSV`}
      centered
      size="xl"
    >
      <Stack gap="md">
        <Text size="sm">
          The first row names the columns. Required: <ColumnList names={props.columns.required} />.
          {props.columns.optional.length > 0 && (
            <>
              {' '}
              Optional: <ColumnList names={props.columns.optional} />.
            </>
          )}{' '}
          {props.rule} Every row is checked first: if any row is wrong, nothing is imported.
        </Text>
        <Text size="sm" c="dimmed">
          Tip: export first to get a file in the right shape.
        </Text>
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={18} stroke={1.6} />}
          value={file}
          onChange={(f) => {
            setFile(f);
            setResult(null);
            setError(null);
          }}
          clearable
          data-autofocus
        />

        {result && (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            title="Import complete"
            role="status"
          >
            {formatCount(result.created)} created, {formatCount(result.updated)} updated.
          </Alert>
        )}

        {error !== null && rowProblems.length === 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Nothing was imported"
            role="alert"
          >
            <Stack gap={4}>
              {fileProblems.length > 0 ? (
                fileProblems.map((p) => (
                  <Text size="sm" key={`${p.column}:${p.message}`}>
                    {p.column === 'file' ? 'The file ' : p.column ? `${p.column}: ` : ''}
                    {p.column === 'file' ? p.message.charAt(0).toLowerCase() + p.message.slice(1) : p.message}
                  </Text>
                ))
              ) : (
                <Text size="sm">{errorMessage(error)}</Text>
              )}
            </Stack>
          </Alert>
        )}

        {rowProblems.length > 0 && (
          <Stack gap="xs">
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title="Nothing was imported"
              role="alert"
            >
              {formatCount(badLines)} {badLines === 1 ? 'row has' : 'rows have'} problems. Correct them in the
              file and import it again. Line 1 is the header row.
            </Alert>
            <Box
              mah={320}
              style={{ overflowY: 'auto' }}
              tabIndex={0}
              aria-label="Rows with problems, scrollable"
            >
              <Table
                striped
                withTableBorder
                verticalSpacing={6}
                fz="sm"
                layout="fixed"
                aria-label="Rows with problems"
                stickyHeader
              >
                <colgroup>
                  <col style={{ width: 70 }} />
                  <col style={{ width: 200 }} />
                  <col />
                </colgroup>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th>Column</Table.Th>
                    <Table.Th>Problem</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rowProblems.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a line can have the same problem in two columns; the list is read-only
                    <Table.Tr key={i}>
                      <Table.Td ff="monospace" style={{ verticalAlign: 'top' }}>
                        {p.line}
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        {p.column ? (
                          <Code>{p.column}</Code>
                        ) : (
                          <Text size="sm" c="dimmed">
                            whole row
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere', verticalAlign: 'top' }}>
                        {p.message}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          </Stack>
        )}

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onClose} disabled={busy}>
            {result ? 'Close' : 'Cancel'}
          </Button>
          {!result && (
            <Button
              leftSection={<IconUpload size={16} />}
              onClick={() => void upload()}
              loading={busy}
              disabled={!file}
            >
              Import
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function ColumnList({ names }: { names: string[] }) {
  return (
    <>
      {names.map((n, i) => (
        <span key={n}>
          {i > 0 && ', '}
          <Code>{n}</Code>
        </span>
      ))}
    </>
  );
}
