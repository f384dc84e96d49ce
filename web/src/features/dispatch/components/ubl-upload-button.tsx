import { useLingui } from '@lingui/react/macro';
import { Alert, Button, Code, FileButton, List, Stack } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';

/**
 * Uploads a UBL document the supplier sent (an Order Response, a Despatch Advice); when it cannot
 * be read, lists every problem with its place in the document (a line, or an XML path).
 */
export function UblUploadButton({
  label,
  upload,
  onDone,
}: {
  label: ReactNode;
  upload: (file: File) => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useLingui();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{
    title: string;
    items: { path: string; message: string }[];
  } | null>(null);

  async function onFile(file: File | null) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      await upload(file);
      onDone?.();
    } catch (err) {
      setProblem({
        title: errorMessage(err),
        items: isApiError(err) ? err.fieldErrors.map((f) => ({ path: f.path, message: f.message })) : [],
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <FileButton onChange={(f) => void onFile(f)} accept=".xml,application/xml,text/xml">
        {(props) => (
          <Button
            {...props}
            size="xs"
            variant="default"
            leftSection={<IconFileUpload size={14} />}
            loading={busy}
          >
            {label}
          </Button>
        )}
      </FileButton>
      {problem && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={problem.title}
          withCloseButton
          closeButtonLabel={t`Dismiss`}
          onClose={() => setProblem(null)}
        >
          {problem.items.length > 0 && (
            <List size="sm" spacing={4}>
              {problem.items.map((p) => (
                <List.Item key={`${p.path}:${p.message}`}>
                  <Code>{p.path}</Code> {p.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
