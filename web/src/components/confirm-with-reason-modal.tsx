import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { useModalGuard } from './leave-guard';

export type ConfirmWithReasonProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, in a sentence or two. */
  message?: ReactNode;
  confirmLabel: string;
  color?: string;
  /** A reason is recorded in the audit trail; required for e.g. hold and block. */
  reasonRequired?: boolean;
  /** Hide the reason box entirely (a plain "are you sure?"). */
  withoutReason?: boolean;
  reasonLabel?: string;
  /** Performs the action; a rejected promise keeps the modal open and shows the error. */
  onConfirm: (reason: string) => Promise<unknown>;
};

/** "Are you sure?" with an optional or required reason, and the server's answer if it says no. */
export function ConfirmWithReasonModal(props: ConfirmWithReasonProps) {
  const { t } = useLingui();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (props.opened) {
      setReason('');
      setReasonError(null);
      setError(null);
    }
  }, [props.opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (props.reasonRequired && !reason.trim()) {
      setReasonError(t`A reason is required`);
      return;
    }
    setBusy(true);
    setError(null);
    setReasonError(null);
    try {
      await props.onConfirm(reason.trim());
      props.onClose();
    } catch (err) {
      const field = isApiError(err) ? err.fieldErrors.find((f) => f.path === 'reason') : undefined;
      if (field) setReasonError(translateFieldMessage(field.message));
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const guard = useModalGuard({
    opened: props.opened,
    isDirty: () => reason.trim() !== '',
    saving: busy,
    onClose: props.onClose,
  });
  return (
    <>
      {guard.dialogs}
      <Modal opened={props.opened} onClose={guard.requestClose} title={props.title} centered size="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {props.message && <Text size="sm">{props.message}</Text>}
            {!props.withoutReason && (
              <Textarea
                label={props.reasonLabel ?? t`Reason`}
                description={t`Recorded in the audit trail.`}
                required={props.reasonRequired}
                autosize
                minRows={3}
                maxLength={500}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={reasonError}
                data-autofocus
              />
            )}
            {error && (
              <Text c="red" size="sm" role="alert">
                {error}
              </Text>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={guard.requestClose} disabled={busy}>
                <Trans>Cancel</Trans>
              </Button>
              <Button
                type="submit"
                color={props.color}
                loading={busy}
                data-autofocus={props.withoutReason ? true : undefined}
              >
                {props.confirmLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
