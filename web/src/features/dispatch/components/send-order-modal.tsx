import type { PurchaseOrder } from '@contracts/purchase-orders';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPaperclip } from '@tabler/icons-react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useModalGuard } from '@/components/leave-guard';
import { ErrorState, LoadingState } from '@/components/states';
import { useSupplier } from '@/features/suppliers/queries';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { useSendPurchaseOrder } from '../queries';

/** What this send will be: the order itself, a change of a sent order, or the same revision again. */
export type SendKind = 'order' | 'change' | 'again';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Review before sending: who gets it (the supplier's order contacts, ticked; other contacts and
 * any address can be added for this send), a note for the supplier, and what is attached.
 */
export function SendOrderModal({
  order,
  kind,
  opened,
  onClose,
}: {
  order: PurchaseOrder;
  kind: SendKind;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const supplier = useSupplier(order.supplierId);
  const send = useSendPurchaseOrder();
  const contacts = useMemo(
    () => (supplier.data?.contacts ?? []).filter((c) => (c.email ?? '').trim() !== ''),
    [supplier.data],
  );
  const hasOrderContact = contacts.some((c) => c.orderContact);
  const [chosen, setChosen] = useState<string[]>([]);
  const [others, setOthers] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [recipientsError, setRecipientsError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const guard = useModalGuard({
    opened,
    isDirty: () => message.trim() !== '' || others.length > 0,
    saving: busy,
    onClose,
  });

  useEffect(() => {
    if (opened) {
      setChosen(contacts.filter((c) => c.orderContact).map((c) => c.email!));
      setOthers([]);
      setMessage('');
      setError(null);
      setRecipientsError(null);
    }
  }, [opened, contacts]);

  const { revision, number, supplierName } = order;
  const title =
    kind === 'change'
      ? t`Send change order ${number} — revision ${revision}`
      : kind === 'again'
        ? t`Send ${number} again`
        : t`Send ${number} to the supplier`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = others.find((a) => !EMAIL.test(a));
    if (invalid) {
      setRecipientsError(t`“${invalid}” is not an e-mail address`);
      return;
    }
    const recipients = [...chosen, ...others];
    if (recipients.length === 0) {
      setRecipientsError(t`Choose at least one recipient`);
      return;
    }
    setBusy(true);
    setError(null);
    setRecipientsError(null);
    try {
      await send.mutateAsync({ id: order.id, version: order.version, recipients, message });
      const count = recipients.length;
      notifications.show({
        color: 'teal',
        title: t`${number} sent`,
        message: t`E-mailed to ${count} recipient(s) with the PDF and the PEPPOL document; the send is kept under “Sent to the supplier”.`,
      });
      onClose();
    } catch (err) {
      const field = isApiError(err)
        ? err.fieldErrors.find((f) => f.path.startsWith('recipients'))
        : undefined;
      if (field) setRecipientsError(translateFieldMessage(field.message));
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={guard.requestClose} title={title} size="lg">
      {guard.dialogs}
      {supplier.isPending ? (
        <LoadingState />
      ) : supplier.error ? (
        // Without the supplier the recipients cannot be offered: say so rather than "no order contact".
        <ErrorState error={supplier.error} onRetry={() => void supplier.refetch()} />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            {!hasOrderContact && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
                <Trans>
                  {supplierName} has no order contact, so the order cannot be sent.{' '}
                  <Anchor component={Link} to={`/suppliers/${order.supplierId}/edit`} size="sm">
                    Edit the supplier
                  </Anchor>{' '}
                  and mark the contact who receives orders.
                </Trans>
              </Alert>
            )}
            <Checkbox.Group
              label={t`Recipients`}
              description={t`The supplier’s order contacts are ticked; tick others for this send only.`}
              value={chosen}
              onChange={setChosen}
              error={recipientsError}
            >
              <Stack gap={6} mt="xs">
                {contacts.map((c) => (
                  <Checkbox
                    key={c.email}
                    value={c.email!}
                    label={
                      <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
                        {c.name} &lt;{c.email}&gt;
                        {c.role ? ` · ${c.role}` : ''}
                      </Text>
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <TagsInput
              label={t`Other recipients`}
              description={t`Any e-mail address; press Enter after each.`}
              value={others}
              onChange={setOthers}
              maxTags={20}
              splitChars={[',', ' ', ';']}
              clearable
            />
            <Textarea
              label={t`Note to the supplier (optional)`}
              description={t`Written into the e-mail above the attachments.`}
              autosize
              minRows={2}
              maxLength={2000}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
            />
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconPaperclip size={16} style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" c="dimmed">
                {kind === 'change' ? (
                  <Trans>
                    Attached: the PDF headed “Change order — revision {revision}” and the PEPPOL Order Change
                    (when the order has the electronic addresses PEPPOL needs). Answers go to the buyer.
                  </Trans>
                ) : (
                  <Trans>
                    Attached: the PDF order and the PEPPOL Order (when the order has the electronic addresses
                    PEPPOL needs). Answers go to the buyer.
                  </Trans>
                )}
              </Text>
            </Group>
            {error && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={guard.requestClose}>
                <Trans>Cancel</Trans>
              </Button>
              <Button type="submit" color="indigo" loading={busy} disabled={!hasOrderContact}>
                {kind === 'change' ? <Trans>Send change order</Trans> : <Trans>Send</Trans>}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
