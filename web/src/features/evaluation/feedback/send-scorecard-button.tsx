import { ScorecardSendRequest } from '@contracts/evaluation-feedback';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { contractValidator } from '@/components/form-errors';
import { FormModal, useSaveState } from '@/components/form-modal';
import { errorMessage } from '@/lib/api';
import { todayIso } from '@/lib/dates';
import { formatDate, formatDateTime } from '@/lib/format';
import {
  downloadScorecardPdf,
  recentQuarters,
  type ScorecardReview,
  useCorrectiveActions,
  useScorecardReviews,
  useSendScorecard,
} from './queries';

const REVIEW_STATUS: Record<ScorecardReview['status'], { label: MessageDescriptor; color: string }> = {
  preparing: { label: msg`Being prepared`, color: 'blue' },
  ready: { label: msg`Sent`, color: 'teal' },
  failed: { label: msg`Failed`, color: 'red' },
};

type Values = { period: string; message: string; correctiveActionId: string | null };

const toRequest = (v: Values) => ({
  period: v.period,
  message: v.message.trim() || null,
  correctiveActionId: v.correctiveActionId,
});

/**
 * E-mails the supplier its scorecard as a PDF for a quarterly review: the quarter (the last complete
 * one by default), a message, and one of its open corrective actions to print with its due date.
 * The PDF can be looked at first; the last reviews sent are listed with where each stands.
 */
export function SendScorecardButton({ supplier }: { supplier: { id: string; code: string } }) {
  const { t, i18n } = useLingui();
  const [opened, setOpened] = useState(false);
  const quarters = recentQuarters(todayIso());
  const actions = useCorrectiveActions(supplier.id);
  const reviews = useScorecardReviews(supplier.id);
  const open = (actions.data?.items ?? []).filter((a) => a.status === 'open');
  const initial: Values = { period: quarters[0]!, message: '', correctiveActionId: open[0]?.id ?? null };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: contractValidator<Values>(ScorecardSendRequest, toRequest),
  });
  const state = useSaveState(form);
  const send = useSendScorecard(supplier.id);
  const [downloading, setDownloading] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: start afresh each time the modal opens
  useEffect(() => {
    if (!opened) return;
    form.setInitialValues(initial);
    form.setValues(initial);
    form.clearErrors();
    state.reset();
  }, [opened]);

  async function submit(values: Values) {
    const ok = await state.save(async () => {
      const review = await send.mutateAsync(toRequest(values));
      const to = review.recipients.join(', ');
      const period = review.period;
      notifications.show({
        color: 'teal',
        title: t`Scorecard ${period} on its way`,
        message: t`To ${to}, with the PDF attached.`,
      });
    });
    if (ok) setOpened(false);
  }

  async function preview() {
    setDownloading(true);
    try {
      await downloadScorecardPdf(supplier, form.values.period);
    } catch (err) {
      notifications.show({ color: 'red', title: t`No PDF`, message: errorMessage(err) });
    } finally {
      setDownloading(false);
    }
  }

  const sent = (reviews.data?.items ?? []).slice(0, 5);
  return (
    <>
      <Button variant="default" leftSection={<IconSend size={16} />} onClick={() => setOpened(true)}>
        <Trans>Send scorecard</Trans>
      </Button>
      <FormModal
        opened={opened}
        onClose={() => setOpened(false)}
        isDirty={() => form.isDirty()}
        title={t`Send the scorecard for a review`}
        submitLabel={t`Send`}
        onSubmit={form.onSubmit(submit)}
        state={state}
        size="md"
      >
        <Text size="sm" c="dimmed">
          <Trans>
            The supplier’s order contacts (else its portal users) get an e-mail in its language with the
            scorecard as a PDF: measures, score, grade, the 12-month trend and the comments shared with it.
          </Trans>
        </Text>
        <Group align="flex-end" wrap="wrap" gap="sm">
          <Select
            label={t`Quarter`}
            data={quarters}
            allowDeselect={false}
            style={{ flex: '1 1 160px' }}
            {...form.getInputProps('period')}
          />
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={downloading}
            onClick={() => void preview()}
          >
            <Trans>Look at the PDF</Trans>
          </Button>
        </Group>
        <Textarea
          label={t`Message`}
          description={t`In the e-mail, above the scorecard.`}
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps('message')}
        />
        <Select
          label={t`Corrective action to include`}
          placeholder={open.length === 0 ? t`None open` : t`None`}
          clearable
          disabled={open.length === 0}
          data={open.map((a) => {
            const due = formatDate(a.dueDate);
            const note = a.note.length > 60 ? `${a.note.slice(0, 60)}…` : a.note;
            return { value: a.id, label: t`Due by ${due}: ${note}` };
          })}
          {...form.getInputProps('correctiveActionId')}
        />
        {sent.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              <Trans>Sent before</Trans>
            </Text>
            {sent.map((r) => {
              const status = REVIEW_STATUS[r.status];
              return (
                <Group key={r.id} gap="xs" wrap="wrap">
                  <Badge color={status.color} variant="light" radius="sm" size="sm">
                    {i18n._(status.label)}
                  </Badge>
                  <Text size="xs">
                    {r.period} · {formatDateTime(r.sentAt)} · {r.recipients.join(', ')}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        )}
      </FormModal>
    </>
  );
}
