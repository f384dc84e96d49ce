import type { Attachment } from '@contracts/discussion';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Button, FileButton, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadAttachment, useAttachments, useUploadAttachment } from '@/features/discussion/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { downloadPortalAttachment } from '../queries';

/** Downloads a file (in the portal through its own route), saying so when it cannot. */
async function saveFile(a: Attachment, portal: boolean, failed: (fileName: string) => string): Promise<void> {
  try {
    await (portal ? downloadPortalAttachment(a) : downloadAttachment(a));
  } catch (err) {
    notifications.show({ color: 'red', title: failed(a.fileName), message: errorMessage(err) });
  }
}

/** A row of files: each a download. */
export function FileLinks({ files, portal = false }: { files: Attachment[]; portal?: boolean }) {
  const { t } = useLingui();
  return (
    <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t`Files`}>
      {files.map((a) => (
        <li key={a.id}>
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => void saveFile(a, portal, (fileName) => t`${fileName} could not be downloaded`)}
          >
            <IconPaperclip size={12} /> {a.fileName}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}

/**
 * A goods receipt's photos and test reports: the files inspection attached (a phone's camera opens
 * from the button), each a download; what the server refuses is said with its reason.
 */
export function ReceiptFiles({ receiptId, canAttach }: { receiptId: string; canAttach: boolean }) {
  const { t } = useLingui();
  const files = useAttachments('goods_receipt', receiptId);
  const upload = useUploadAttachment('goods_receipt', receiptId);
  const [problem, setProblem] = useState<string | null>(null);
  const attach = async (picked: File[]) => {
    setProblem(null);
    for (const file of picked) {
      try {
        await upload.mutateAsync(file);
      } catch (err) {
        const field = isApiError(err) ? err.fieldErrors.find((e) => e.path === 'file') : undefined;
        const name = file.name;
        const why = field?.message ?? errorMessage(err);
        setProblem(t`${name} ${why}.`);
      }
    }
  };
  const list = files.data ?? [];
  if (!canAttach && list.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap">
      {list.length > 0 && <FileLinks files={list} />}
      {canAttach && (
        <FileButton onChange={(picked) => void attach(picked)} multiple accept="image/*,application/pdf">
          {(props) => (
            <Button
              {...props}
              size="compact-xs"
              variant="subtle"
              leftSection={<IconCamera size={14} />}
              loading={upload.isPending}
            >
              <Trans>Add photo or report</Trans>
            </Button>
          )}
        </FileButton>
      )}
      {problem && (
        <Alert color="red" variant="light" p="xs" role="alert" w="100%">
          <Text size="xs">{problem}</Text>
        </Alert>
      )}
    </Group>
  );
}
