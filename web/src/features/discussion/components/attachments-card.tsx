import { type Attachment, type DiscussedDocumentType, sizeInWords } from '@contracts/discussion';
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Alert, Anchor, Button, FileButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFile, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { errorMessage, isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { downloadAttachment, useAttachments, useRemoveAttachment, useUploadAttachment } from '../queries';

/** Why a file was refused, in the words of the server's field error. */
function refusal(i18n: I18n, error: unknown, fileName: string): string {
  if (isApiError(error)) {
    const field = error.fieldErrors.find((e) => e.path === 'file');
    if (field) return `${fileName} ${field.message}.`;
  }
  const problem = errorMessage(error);
  return i18n._(msg`${fileName} could not be attached: ${problem}`);
}

/**
 * A document's files (quotes, specifications, contracts): who attached what and when, a download
 * for everyone who can read the document, and, for those who take part, attaching and removing
 * their own. The server sniffs each file's type and refuses what is not on its list.
 */
export function AttachmentsCard({
  documentType,
  documentId,
  canAttach,
  userId,
  mayRemoveAny,
}: {
  documentType: DiscussedDocumentType;
  documentId: string;
  canAttach: boolean;
  userId: string | null;
  mayRemoveAny: boolean;
}) {
  const { t, i18n } = useLingui();
  const attachments = useAttachments(documentType, documentId);
  const upload = useUploadAttachment(documentType, documentId);
  const remove = useRemoveAttachment();
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  const attach = async (files: File[]) => {
    setProblem(null);
    const refused: string[] = [];
    for (const file of files) {
      try {
        await upload.mutateAsync(file);
      } catch (err) {
        refused.push(refusal(i18n, err, file.name));
      }
    }
    const firstName = files[0]?.name;
    const count = files.length;
    if (refused.length > 0) setProblem(refused.join(' '));
    else
      notifications.show({
        color: 'green',
        message: files.length === 1 ? t`${firstName} attached.` : t`${count} files attached.`,
      });
  };

  const download = async (a: Attachment) => {
    const fileName = a.fileName;
    try {
      await downloadAttachment(a);
    } catch (err) {
      notifications.show({
        color: 'red',
        title: t`${fileName} could not be downloaded`,
        message: errorMessage(err),
      });
    }
  };

  const removingName = removing?.fileName;
  return (
    <SectionCard
      title={t`Attachments`}
      description={t`Quotes, specifications, contracts: PDFs, images, office documents, text and e-mails.`}
      extra={
        canAttach && (
          <FileButton onChange={(files) => void attach(files)} multiple>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconPaperclip size={16} />}
                loading={upload.isPending}
              >
                <Trans>Attach files</Trans>
              </Button>
            )}
          </FileButton>
        )
      }
    >
      <Stack gap="sm">
        {problem && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            role="alert"
            withCloseButton
            onClose={() => setProblem(null)}
          >
            {problem}
          </Alert>
        )}
        {attachments.isPending ? (
          <LoadingState label={t`Loading attachments`} />
        ) : attachments.error ? (
          <ErrorState error={attachments.error} onRetry={() => void attachments.refetch()} />
        ) : attachments.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            <Trans>No files attached yet.</Trans>
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t`Attached files`}
          >
            {attachments.data.map((a) => {
              const fileName = a.fileName;
              return (
                <Group key={a.id} component="li" gap="sm" wrap="nowrap" justify="space-between">
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                    <IconFile size={20} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor
                        component="button"
                        type="button"
                        onClick={() => void download(a)}
                        fw={500}
                        ta="left"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {a.fileName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {a.kind} · {sizeInWords(a.sizeBytes)} · {a.uploadedBy.name} ·{' '}
                        {formatDateTime(a.uploadedAt)}
                      </Text>
                    </Stack>
                  </Group>
                  {canAttach && (a.uploadedBy.id === userId || mayRemoveAny) && (
                    <Tooltip label={t`Remove ${fileName}`}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t`Remove ${fileName}`}
                        onClick={() => setRemoving(a)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
      </Stack>
      <ConfirmWithReasonModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removingName ? t`Remove ${removingName}?` : t`Remove the file?`}
        message={t`It leaves this document's list of files; the document's history keeps its name and fingerprint.`}
        confirmLabel={t`Remove`}
        color="red"
        reasonLabel={t`Why (optional)`}
        onConfirm={(reason) => remove.mutateAsync({ id: removing!.id, reason })}
      />
    </SectionCard>
  );
}
