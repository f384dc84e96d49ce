import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import { applyServerErrors, FormErrorAlert, revealFormProblem } from '@/components/form-errors';
import { RemoteSelect } from '@/components/remote-select';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import type { FieldError } from '@/lib/api';
import { errorMessage } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { ROLE_LABELS, type Role } from '@/lib/roles';
import {
  approvalKeys,
  type Delegation,
  listDelegateCandidates,
  useCreateDelegation,
  useDelegations,
  useDeleteDelegation,
} from '../queries';

type Values = { delegateUserId: string; validFrom: string | null; validTo: string | null; reason: string };

const roleNames = (i18n: I18n, roles: string[]) =>
  roles
    .map((r) => {
      const label = ROLE_LABELS[r as Role];
      return label ? i18n._(label) : r;
    })
    .join(', ');

/** "Ann Lee · ann@example.com (Finance)": enough to tell two people of the same name apart. */
const candidateLabel = (i18n: I18n, c: { name: string; email: string; roles: string[] }) =>
  `${c.name} · ${c.email}${c.roles.length ? ` (${roleNames(i18n, c.roles)})` : ''}`;

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A day picked in the form as an instant: its start (from) or its last second (to), local time. */
// eslint-disable-next-line lingui/no-unlocalized-strings -- an ISO timestamp for Date, not text
const startOf = (day: string) => new Date(`${day}T00:00:00`).toISOString();
// eslint-disable-next-line lingui/no-unlocalized-strings -- an ISO timestamp for Date, not text
const endOf = (day: string) => new Date(`${day}T23:59:59`).toISOString();

function DelegationForm({ userId }: { userId: string }) {
  const { t, i18n } = useLingui();
  const create = useCreateDelegation();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    initialValues: { delegateUserId: '', validFrom: todayIso(), validTo: null, reason: '' },
    validate: {
      delegateUserId: (v) =>
        !v ? t`Choose who acts for you` : v === userId ? t`You cannot delegate to yourself` : null,
      validTo: (v, values) =>
        !v ? t`Until when?` : values.validFrom && v < values.validFrom ? t`Ends before it starts` : null,
    },
  });

  const submit = form.onSubmit((values, event) => {
    setUnmatched([]);
    const from = values.validFrom;
    create.mutate(
      {
        delegateUserId: values.delegateUserId.trim(),
        // From today means from now: the server's default.
        ...(from && from > todayIso() ? { validFrom: startOf(from) } : {}),
        validTo: endOf(values.validTo!),
        ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
      },
      {
        onSuccess: (d) => {
          const delegate = d.delegateName;
          const until = formatDateTime(d.validTo);
          notifications.show({
            color: 'green',
            title: t`Delegation set`,
            message: t`${delegate} acts on your approvals until ${until}.`,
          });
          form.reset();
        },
        onError: (err) => {
          setUnmatched(applyServerErrors(form, err));
          revealFormProblem(event?.currentTarget as HTMLElement | null);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t`New delegation`}>
      <Stack gap="sm">
        <FormErrorAlert error={create.error} unmatched={unmatched} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <RemoteSelect
            label={t`Delegate`}
            description={t`Somebody who may approve; they act on your approvals while the delegation runs`}
            placeholder={t`Search by name or e-mail`}
            required
            queryKey={approvalKeys.delegateCandidates()}
            search={async (q, signal) =>
              (await listDelegateCandidates(q, { signal })).map((c) => ({
                value: c.id,
                label: candidateLabel(i18n, c),
              }))
            }
            nothingFoundMessage={t`Nobody who may approve matches`}
            value={form.values.delegateUserId || null}
            onChange={(v) => form.setFieldValue('delegateUserId', v ?? '')}
            error={form.errors.delegateUserId}
          />
          <TextInput
            label={t`Reason`}
            placeholder={t`Out of office, parental leave …`}
            maxLength={500}
            {...form.getInputProps('reason')}
          />
          <DatePickerInput
            label={t`From`}
            // eslint-disable-next-line lingui/no-unlocalized-strings -- a dayjs date pattern (month names follow the locale)
            valueFormat="D MMM YYYY"
            minDate={todayIso()}
            required
            {...form.getInputProps('validFrom')}
          />
          <DatePickerInput
            label={t`Until (inclusive)`}
            // eslint-disable-next-line lingui/no-unlocalized-strings -- a dayjs date pattern (month names follow the locale)
            valueFormat="D MMM YYYY"
            minDate={form.values.validFrom ?? todayIso()}
            required
            {...form.getInputProps('validTo')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" leftSection={<IconUserShare size={16} />} loading={create.isPending}>
            <Trans>Set delegate</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DelegationRows({ items, userId }: { items: Delegation[]; userId: string }) {
  const { t } = useLingui();
  const remove = useDeleteDelegation();
  const now = Date.now();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={t`Delegations`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Trans>Who for whom</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>From</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Until</Trans>
            </Table.Th>
            <Table.Th>
              <Trans>Reason</Trans>
            </Table.Th>
            <Table.Th w={110} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => {
            const given = d.userId === userId;
            const running = d.validFrom.getTime() <= now && d.validTo.getTime() > now;
            const delegate = d.delegateName;
            const user = d.userName;
            return (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">
                      {given ? <Trans>{delegate} acts for you</Trans> : <Trans>You act for {user}</Trans>}
                    </Text>
                    <Badge size="xs" variant="light" color={running ? 'green' : 'gray'} w="fit-content">
                      {running ? <Trans>running</Trans> : <Trans>scheduled</Trans>}
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(d.validFrom)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(d.validTo)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={d.reason ? undefined : 'dimmed'}>
                    {d.reason || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {given && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      aria-label={t`End delegation to ${delegate}`}
                      loading={remove.isPending && remove.variables === d.id}
                      onClick={() =>
                        remove.mutate(d.id, {
                          onError: (err) =>
                            notifications.show({
                              color: 'red',
                              title: t`Could not end the delegation`,
                              message: errorMessage(err),
                            }),
                        })
                      }
                    >
                      <Trans>End</Trans>
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Delegation" on My account: who acts on your approvals while you are away, and for whom you act. */
export function DelegationSection({ userId }: { userId: string }) {
  const { t } = useLingui();
  const delegations = useDelegations();
  return (
    <SectionCard
      title={t`Delegation`}
      description={t`While a delegation runs, the documents waiting for you go to your delegate as well; the history says they approved on your behalf. Nobody approves their own document this way.`}
    >
      <Stack gap="lg">
        {delegations.data ? (
          delegations.data.length === 0 ? (
            <EmptyState title={t`No delegation`}>
              <Trans>Nobody acts for you, and you act for nobody.</Trans>
            </EmptyState>
          ) : (
            <DelegationRows items={delegations.data} userId={userId} />
          )
        ) : delegations.error ? (
          <ErrorState error={delegations.error} onRetry={() => void delegations.refetch()} />
        ) : (
          <LoadingState />
        )}
        <DelegationForm userId={userId} />
      </Stack>
    </SectionCard>
  );
}
