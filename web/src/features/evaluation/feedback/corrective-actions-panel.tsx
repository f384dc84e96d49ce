import { CloseCorrectiveActionRequest, CorrectiveActionRequest } from '@contracts/evaluation-feedback';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useSaveState } from '@/components/form-modal';
import { ErrorState, LoadingState } from '@/components/states';
import { addDaysIso, todayIso } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import {
  type CorrectiveAction,
  recentQuarters,
  useCloseCorrectiveAction,
  useCorrectiveActions,
  useRequestCorrectiveAction,
} from './queries';

/** Where a corrective action stands, as a badge: open, overdue (open past its date) or closed. */
function StateBadge({ action }: { action: CorrectiveAction }) {
  const { t } = useLingui();
  if (action.status === 'closed')
    return (
      <Badge color="gray" variant="light" radius="sm">
        {t`Closed`}
      </Badge>
    );
  return action.overdue ? (
    <Badge color="red" variant="light" radius="sm">
      {t`Overdue`}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" radius="sm">
      {t`Open`}
    </Badge>
  );
}

type RequestValues = { note: string; dueDate: string | null; period: string | null };

const toRequest = (v: RequestValues) => ({ note: v.note, dueDate: v.dueDate ?? '', period: v.period });

/** Ask the supplier for a corrective action: what to change, by when, after which review. */
function RequestModal({
  supplierId,
  opened,
  onClose,
}: {
  supplierId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const initial: RequestValues = { note: '', dueDate: addDaysIso(todayIso(), 30), period: null };
  const form = useForm<RequestValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: contractValidator<RequestValues>(CorrectiveActionRequest, toRequest),
  });
  const state = useSaveState(form);
  const request = useRequestCorrectiveAction(supplierId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.setInitialValues(initial);
    form.setValues(initial);
    form.clearErrors();
    state.reset();
  }, [opened]);

  async function submit(values: RequestValues) {
    const ok = await state.save(async () => {
      const saved = await request.mutateAsync(toRequest(values));
      const due = formatDate(saved.dueDate);
      notifications.show({
        color: 'teal',
        title: t`Corrective action requested`,
        message: t`Due by ${due}; the supplier sees it in its portal.`,
      });
    });
    if (ok) onClose();
  }

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={t`Request a corrective action`}
      submitLabel={t`Request`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      size="md"
    >
      <Textarea
        label={t`What the supplier is to change`}
        description={t`The supplier reads this in its portal and in the scorecard you send.`}
        required
        autosize
        minRows={3}
        maxLength={2000}
        data-autofocus
        {...form.getInputProps('note')}
      />
      <Group grow align="flex-start" wrap="wrap">
        <DateInput
          label={t`Due by`}
          required
          valueFormat="YYYY-MM-DD"
          minDate={todayIso()}
          {...form.getInputProps('dueDate')}
        />
        <Select
          label={t`After the review of`}
          placeholder={t`No particular period`}
          clearable
          data={recentQuarters(todayIso())}
          {...form.getInputProps('period')}
        />
      </Group>
    </FormModal>
  );
}

/** Close a corrective action with what came of it. */
function CloseModal({
  supplierId,
  action,
  onClose,
}: {
  supplierId: string;
  action: CorrectiveAction | null;
  onClose: () => void;
}) {
  const { t } = useLingui();
  const form = useForm<{ outcome: string }>({
    mode: 'controlled',
    initialValues: { outcome: '' },
    validate: contractValidator<{ outcome: string }>(CloseCorrectiveActionRequest, (v) => v),
  });
  const state = useSaveState(form);
  const close = useCloseCorrectiveAction(supplierId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh for each action
  useEffect(() => {
    if (!action) return;
    form.setInitialValues({ outcome: '' });
    form.setValues({ outcome: '' });
    form.clearErrors();
    state.reset();
  }, [action]);

  async function submit(values: { outcome: string }) {
    if (!action) return;
    const ok = await state.save(async () => {
      await close.mutateAsync({ action, body: values });
      notifications.show({ color: 'teal', title: t`Corrective action closed`, message: values.outcome });
    });
    if (ok) onClose();
  }

  return (
    <FormModal
      opened={!!action}
      onClose={onClose}
      isDirty={() => form.isDirty()}
      title={t`Close the corrective action`}
      submitLabel={t`Close it`}
      onSubmit={form.onSubmit(submit)}
      state={state}
      size="md"
    >
      {action && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {action.note}
        </Text>
      )}
      <Textarea
        label={t`Outcome`}
        description={t`What the supplier did, and whether it worked.`}
        required
        autosize
        minRows={2}
        maxLength={2000}
        data-autofocus
        {...form.getInputProps('outcome')}
      />
    </FormModal>
  );
}

/**
 * The corrective actions asked of a supplier: open ones (overdue past their date) and closed ones
 * with their outcome; a buyer requests one and closes it.
 */
export function CorrectiveActionsPanel({ supplierId, canWrite }: { supplierId: string; canWrite: boolean }) {
  const { t } = useLingui();
  const actions = useCorrectiveActions(supplierId);
  const [requesting, setRequesting] = useState(false);
  const [closing, setClosing] = useState<CorrectiveAction | null>(null);
  const items = actions.data?.items ?? [];
  return (
    <SectionCard
      title={t`Corrective actions`}
      description={t`What the supplier was asked to change after a review, by when. The supplier sees the open ones in its portal.`}
      extra={
        canWrite && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setRequesting(true)}
          >
            <Trans>Request</Trans>
          </Button>
        )
      }
    >
      {actions.isPending ? (
        <LoadingState />
      ) : actions.error ? (
        <ErrorState error={actions.error} onRetry={() => void actions.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          <Trans>None asked for.</Trans>
        </Text>
      ) : (
        <Stack gap="md">
          {items.map((a) => {
            const due = formatDate(a.dueDate);
            const requested = formatDate(a.requestedAt);
            const by = a.requestedBy.name;
            const closedOn = a.closedAt ? formatDate(a.closedAt) : '';
            const closedBy = a.closedBy?.name ?? '';
            const outcome = a.outcome ?? '';
            return (
              <Stack key={a.id} gap={4}>
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                  <Group gap="xs" wrap="wrap">
                    <StateBadge action={a} />
                    <Text size="sm" fw={600}>
                      <Trans>Due by {due}</Trans>
                    </Text>
                    {a.period && (
                      <Text size="xs" c="dimmed">
                        {a.period}
                      </Text>
                    )}
                  </Group>
                  {canWrite && a.status === 'open' && (
                    <Button size="compact-xs" variant="default" onClick={() => setClosing(a)}>
                      <Trans>Close</Trans>
                    </Button>
                  )}
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {a.note}
                </Text>
                <Text size="xs" c="dimmed">
                  <Trans>
                    Requested on {requested} by {by}
                  </Trans>
                </Text>
                {a.status === 'closed' && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    <Trans>
                      Closed on {closedOn} by {closedBy}: {outcome}
                    </Trans>
                  </Text>
                )}
              </Stack>
            );
          })}
        </Stack>
      )}
      <RequestModal supplierId={supplierId} opened={requesting} onClose={() => setRequesting(false)} />
      <CloseModal supplierId={supplierId} action={closing} onClose={() => setClosing(null)} />
    </SectionCard>
  );
}
