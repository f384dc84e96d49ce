import type { ImportResult as ImportResultSchema } from '@contracts/common';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { Alert, Box, Button, Code, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { errorMessage, type FieldError, isApiError, XLSX_MEDIA_TYPE } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { formatCount } from '@/lib/format';

/** What an import answers, with how it read the file (shown, so a wrong encoding is noticed at once). */
export type ImportResult = z.output<typeof ImportResultSchema>;

export type CsvRowProblem = { line: number | null; column: string | null; message: string };

/**
 * "line 3.legalName" → line 3, column legalName; "line 4" → line 4; anything else has no line. The
 * message is in the user's language when it is a known one.
 */
export function rowProblemOf(error: FieldError): CsvRowProblem {
  const match = /^line (\d+)(?:\.(.+))?$/.exec(error.path);
  const message = translateFieldMessage(error.message);
  if (!match) return { line: null, column: error.path || null, message };
  return { line: Number(match[1]), column: match[2] ?? null, message };
}

export type CsvImportButtonProps = {
  /** Plural noun of what the file holds: "items", "price list entries", "suppliers". */
  what: string;
  columns: { required: string[]; optional: string[] };
  /** What a row does: "A new SKU creates an item, a known SKU updates it." */
  rule?: string;
  /** Uploads the file as the request body (text/csv or an Excel workbook) and returns the counts. */
  onImport: (file: File) => Promise<ImportResult>;
};

/** "Import": choose a .csv or .xlsx file, upload it, see either the counts or every bad row. */
export function CsvImportButton(props: CsvImportButtonProps) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button variant="default" leftSection={<IconUpload size={16} />} onClick={open}>
        <Trans>Import</Trans>
      </Button>
      <CsvImportModal {...props} opened={opened} onClose={close} />
    </>
  );
}

export function CsvImportModal(props: CsvImportButtonProps & { opened: boolean; onClose: () => void }) {
  const { t } = useLingui();
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
  const what = props.what;

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t`Import ${what} from CSV or Excel`}
      centered
      size="xl"
    >
      <Stack gap="md">
        <Text size="sm">
          <Trans>
            The first row names the columns. Required: <ColumnList names={props.columns.required} />.
          </Trans>
          {props.columns.optional.length > 0 && (
            <>
              {' '}
              <Trans>
                Optional: <ColumnList names={props.columns.optional} />.
              </Trans>
            </>
          )}{' '}
          {props.rule && <>{props.rule} </>}
          <Trans>Every row is checked first: if any row is wrong, nothing is imported.</Trans>
        </Text>
        <Text size="sm" c="dimmed">
          <Trans>Tip: export first to get a file in the right shape.</Trans>
        </Text>
        <FileInput
          label={t`CSV or Excel file`}
          placeholder={t`Choose a .csv or .xlsx file`}
          accept={`.csv,text/csv,.xlsx,${XLSX_MEDIA_TYPE}`}
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
            title={t`Import complete`}
            role="status"
          >
            <ImportCounts result={result} />
          </Alert>
        )}

        {error !== null && rowProblems.length === 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t`Nothing was imported`}
            role="alert"
          >
            <Stack gap={4}>
              {fileProblems.length > 0 ? (
                fileProblems.map((p) => (
                  <Text size="sm" key={`${p.column}:${p.message}`}>
                    <FileProblem problem={p} />
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
              title={t`Nothing was imported`}
              role="alert"
            >
              <Plural
                value={badLines}
                one="# row has problems. Correct them in the file and import it again. Line 1 is the header row."
                other="# rows have problems. Correct them in the file and import it again. Line 1 is the header row."
              />
            </Alert>
            <Box
              mah={320}
              style={{ overflowY: 'auto' }}
              tabIndex={0}
              aria-label={t`Rows with problems, scrollable`}
            >
              <Table
                striped
                withTableBorder
                verticalSpacing={6}
                fz="sm"
                layout="fixed"
                aria-label={t`Rows with problems`}
                stickyHeader
              >
                <colgroup>
                  <col style={{ width: 70 }} />
                  <col style={{ width: 200 }} />
                  <col />
                </colgroup>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <Trans context="CSV file">Line</Trans>
                    </Table.Th>
                    <Table.Th>
                      <Trans>Column</Trans>
                    </Table.Th>
                    <Table.Th>
                      <Trans>Problem</Trans>
                    </Table.Th>
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
                            <Trans>whole row</Trans>
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
            {result ? <Trans context="dialog">Close</Trans> : <Trans>Cancel</Trans>}
          </Button>
          {!result && (
            <Button
              leftSection={<IconUpload size={16} />}
              onClick={() => void upload()}
              loading={busy}
              disabled={!file}
            >
              <Trans>Import</Trans>
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function ImportCounts({ result }: { result: ImportResult }) {
  const { t } = useLingui();
  const created = formatCount(result.created);
  const updated = formatCount(result.updated);
  const delimiters = { comma: t`commas`, semicolon: t`semicolons`, tab: t`tabs` };
  const file = result.file;
  return (
    <>
      <Trans>
        {created} created, {updated} updated.
      </Trans>{' '}
      {file.format === 'xlsx' ? (
        <WorkbookRead sheet={file.sheet} />
      ) : (
        <CsvRead encoding={file.encoding} delimiter={delimiters[file.delimiter]} />
      )}
    </>
  );
}

function WorkbookRead({ sheet }: { sheet: string }) {
  return <Trans>Read from the sheet “{sheet}” of the workbook.</Trans>;
}

function CsvRead({ encoding, delimiter }: { encoding: string; delimiter: string }) {
  return (
    <Trans>
      Read as {encoding}, separated by {delimiter}.
    </Trans>
  );
}

/** A problem with the file as a whole ("The file has a header row but no data rows"), or with a column. */
function FileProblem({ problem }: { problem: CsvRowProblem }) {
  if (problem.column === 'file') {
    const message = problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
    return <Trans>The file {message}</Trans>;
  }
  return (
    <>
      {problem.column ? `${problem.column}: ` : ''}
      {problem.message}
    </>
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
