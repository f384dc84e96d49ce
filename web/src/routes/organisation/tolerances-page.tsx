import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ConfirmWithReasonModal } from '@/components/confirm-with-reason-modal';
import { PageHeader } from '@/components/page-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useCan } from '@/features/auth/use-can';
import { ItemLink } from '@/features/catalog/components/item-link';
import { ItemSelect } from '@/features/catalog/components/item-select';
import { useItemCategoryOptions } from '@/features/catalog/queries';
import {
  type EffectiveTolerances,
  type ToleranceRule,
  useDeleteToleranceRule,
  useEffectiveTolerances,
  useSaveToleranceRule,
  useToleranceRules,
} from '@/features/organisation/queries';
import { SupplierLink } from '@/features/suppliers/components/supplier-link';
import { SupplierSelect } from '@/features/suppliers/components/supplier-select';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { usePageTitle } from '@/lib/use-page-title';

type Scope = ToleranceRule['scope'];
type Measure = 'overReceipt' | 'priceVariance' | 'quantityVariance';
type Limit = { percent: string | null; absolute: string | null };

const MEASURES: { key: Measure; label: MessageDescriptor; absolute: MessageDescriptor }[] = [
  { key: 'overReceipt', label: msg`Over-receipt`, absolute: msg`in the line’s unit` },
  { key: 'priceVariance', label: msg`Invoice price`, absolute: msg`per unit, in the order’s currency` },
  { key: 'quantityVariance', label: msg`Invoice quantity`, absolute: msg`in the line’s unit` },
];

const SCOPES: { value: Scope; label: MessageDescriptor }[] = [
  { value: 'global', label: msg`Everything` },
  { value: 'supplier', label: msg`A supplier` },
  { value: 'category', label: msg`A category` },
  { value: 'item', label: msg`An item` },
];

/** "5 % or 2, whichever allows less", "5 %", "2", or "—" for a measure the rule leaves to others. */
function limitInWords(i18n: I18n, limit: Limit | null): string {
  if (!limit || (limit.percent === null && limit.absolute === null)) return '—';
  const percent = limit.percent !== null ? `${limit.percent} %` : null;
  const absolute = limit.absolute;
  if (percent && absolute !== null) return i18n._(msg`${percent} or ${absolute}, whichever allows less`);
  return percent ?? absolute ?? '—';
}

/**
 * The tolerance policy: how far a delivery (and later an invoice) may differ from the order, set
 * for the whole organisation, a supplier, an item category or an item (the most specific rule
 * wins, per measure), and a check of which rule applies to a supplier and an item.
 */
export function TolerancesPage() {
  const { t, i18n } = useLingui();
  usePageTitle(t`Tolerances`);
  const can = useCan();
  const canWrite = can('organisation:write');
  const rules = useToleranceRules();
  const categories = useItemCategoryOptions({ enabled: can('catalog:read') });
  const remove = useDeleteToleranceRule();
  // undefined: closed; null: a new rule; otherwise the one being edited.
  const [editing, setEditing] = useState<ToleranceRule | null | undefined>(undefined);
  const [removing, setRemoving] = useState<ToleranceRule | null>(null);
  const items = rules.data?.pages.flatMap((p) => p.items) ?? [];
  const categoryName = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? '…';
  const subjectOf = (r: ToleranceRule): ReactNode =>
    r.scope === 'global' ? (
      <Text size="sm" fw={500}>
        <Trans>Everything (the organisation’s default)</Trans>
      </Text>
    ) : r.scope === 'supplier' && r.supplierId ? (
      <SupplierLink id={r.supplierId} />
    ) : r.scope === 'item' && r.itemId ? (
      <ItemLink id={r.itemId} />
    ) : (
      <Text size="sm">
        <Trans>Category</Trans> {categoryName(r.categoryId ?? '')}
      </Text>
    );
  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      <Trans>New rule</Trans>
    </Button>
  ) : undefined;
  return (
    <>
      <PageHeader
        title={t`Tolerances`}
        description={t`How far a delivery or an invoice may differ from the order. For each measure the most specific rule decides: an item’s, then its category’s, then the supplier’s, then everything’s.`}
        actions={newButton}
      />
      <Stack gap="lg" maw={1100}>
        <Paper withBorder radius="md" p={0}>
          {rules.error ? (
            <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
          ) : rules.isPending ? (
            <LoadingState />
          ) : items.length === 0 ? (
            <EmptyState title={t`No tolerance rules`} action={newButton}>
              <Trans>Without a rule nothing may be delivered beyond what was ordered.</Trans>
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" aria-label={t`Tolerance rules`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <Trans>Applies to</Trans>
                    </Table.Th>
                    {MEASURES.map((m) => (
                      <Table.Th key={m.key}>{i18n._(m.label)}</Table.Th>
                    ))}
                    <Table.Th>
                      <Trans>Note</Trans>
                    </Table.Th>
                    {canWrite && <Table.Th w={90} aria-label={t`Actions`} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => (
                    <Table.Tr key={r.id} data-testid={`tolerance-${r.scope}`}>
                      <Table.Td>{subjectOf(r)}</Table.Td>
                      {MEASURES.map((m) => (
                        <Table.Td key={m.key} ff="monospace" fz="sm">
                          {limitInWords(i18n, r[m.key])}
                        </Table.Td>
                      ))}
                      <Table.Td fz="sm" c="dimmed">
                        {r.note}
                      </Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Tooltip label={t`Change`}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={t`Change`}
                                onClick={() => setEditing(r)}
                              >
                                <IconPencil size={16} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t`Remove`}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t`Remove`}
                                onClick={() => setRemoving(r)}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <WhichRuleApplies />
      </Stack>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t`Change the tolerance rule` : t`New tolerance rule`}
        size="lg"
      >
        {editing !== undefined && (
          <RuleForm
            rule={editing ?? undefined}
            categories={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onDone={() => setEditing(undefined)}
          />
        )}
      </Modal>
      <ConfirmWithReasonModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t`Remove the rule?`}
        message={t`What it sets falls back to the less specific rules.`}
        confirmLabel={t`Remove`}
        color="red"
        withoutReason
        onConfirm={async () => {
          await remove.mutateAsync(removing!);
          notifications.show({ color: 'teal', message: t`Rule removed.` });
        }}
      />
    </>
  );
}

/** Which rule decides each tolerance for a supplier and an item: the policy, explained. */
function WhichRuleApplies() {
  const { t, i18n } = useLingui();
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const effective = useEffectiveTolerances({
    ...(supplierId ? { supplierId } : {}),
    ...(itemId ? { itemId } : {}),
  });
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            <Trans>Which rule applies?</Trans>
          </Title>
          <Text size="sm" c="dimmed">
            <Trans>
              Pick a supplier and an item to see the tolerances an order line of them gets, and why.
            </Trans>
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SupplierSelect label={t`Supplier`} value={supplierId} onChange={setSupplierId} clearable />
          <ItemSelect label={t`Item`} value={itemId} onChange={setItemId} clearable />
        </SimpleGrid>
        {effective.error ? (
          <ErrorState error={effective.error} onRetry={() => void effective.refetch()} />
        ) : effective.data ? (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {MEASURES.map((m) => (
              <li key={m.key}>
                <Text size="sm">
                  <Text span fw={600}>
                    {i18n._(m.label)}:
                  </Text>{' '}
                  {explain(i18n, effective.data, m.key, i18n._(m.absolute))}
                </Text>
              </li>
            ))}
          </Stack>
        ) : (
          <LoadingState />
        )}
      </Stack>
    </Paper>
  );
}

function explain(i18n: I18n, e: EffectiveTolerances, measure: Measure, unitWords: string): string {
  const limit = e[measure];
  if (!limit.rule) return i18n._(msg`no rule sets it, so none is allowed.`);
  const allows = limitInWords(i18n, limit);
  const from = {
    global: msg`the rule for everything`,
    supplier: msg`the supplier’s rule`,
    category: msg`the item category’s rule`,
    item: msg`the item’s rule`,
  }[limit.rule.scope];
  const source = i18n._(from);
  return limit.absolute !== null
    ? i18n._(msg`${allows} (${unitWords}), from ${source}.`)
    : i18n._(msg`${allows}, from ${source}.`);
}

type Values = Record<Measure, { percent: string; absolute: string }> & { note: string };

function valuesOf(rule: ToleranceRule | undefined): Values {
  const of = (l: Limit | null | undefined) => ({ percent: l?.percent ?? '', absolute: l?.absolute ?? '' });
  return {
    overReceipt: of(rule?.overReceipt),
    priceVariance: of(rule?.priceVariance),
    quantityVariance: of(rule?.quantityVariance),
    note: rule?.note ?? '',
  };
}

/** A rule: whom it applies to (fixed once made) and, per measure, a percentage and/or an amount. */
function RuleForm({
  rule,
  categories,
  onDone,
}: {
  rule?: ToleranceRule;
  categories: { value: string; label: string }[];
  onDone: () => void;
}) {
  const { t, i18n } = useLingui();
  const save = useSaveToleranceRule();
  const [scope, setScope] = useState<Scope>(rule?.scope ?? 'supplier');
  const [subject, setSubject] = useState<string | null>(
    rule?.supplierId ?? rule?.categoryId ?? rule?.itemId ?? null,
  );
  const [values, setValues] = useState<Values>(() => valuesOf(rule));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const limitOf = (v: { percent: string; absolute: string }) =>
    v.percent.trim() === '' && v.absolute.trim() === ''
      ? null
      : { percent: v.percent.trim() || null, absolute: v.absolute.trim() || null };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setError(null);
    if (!rule && scope !== 'global' && !subject) {
      setErrors({ subject: t`Choose whom the rule applies to` });
      return;
    }
    const limits = {
      overReceipt: limitOf(values.overReceipt),
      priceVariance: limitOf(values.priceVariance),
      quantityVariance: limitOf(values.quantityVariance),
      note: values.note.trim() || null,
    };
    try {
      if (rule) await save.mutateAsync({ id: rule.id, version: rule.version, body: limits });
      else {
        await save.mutateAsync({
          body: {
            scope,
            ...(scope === 'supplier' ? { supplierId: subject } : {}),
            ...(scope === 'category' ? { categoryId: subject } : {}),
            ...(scope === 'item' ? { itemId: subject } : {}),
            ...limits,
          },
        });
      }
      notifications.show({ color: 'teal', message: t`Tolerance rule saved.` });
      onDone();
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        const byField: Record<string, string> = {};
        for (const f of err.fieldErrors) {
          const path = /^(supplierId|categoryId|itemId|scope)$/.test(f.path) ? 'subject' : f.path;
          byField[path] = translateFieldMessage(f.message);
        }
        setErrors(byField);
      } else setError(errorMessage(err));
    }
  }

  const set = (m: Measure, part: 'percent' | 'absolute', value: string) =>
    setValues((v) => ({ ...v, [m]: { ...v[m], [part]: value } }));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Tolerance rule`}>
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4} id="tolerance-scope">
            <Trans>Applies to</Trans>
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="tolerance-scope"
            disabled={!!rule}
            value={scope}
            onChange={(v) => {
              setScope(v as Scope);
              setSubject(null);
            }}
            data={SCOPES.map((s) => ({ value: s.value, label: i18n._(s.label) }))}
          />
        </div>
        {scope === 'supplier' && (
          <SupplierSelect
            label={t`Supplier`}
            required
            disabled={!!rule}
            value={subject}
            onChange={setSubject}
            error={errors.subject}
          />
        )}
        {scope === 'category' && (
          <Select
            label={t`Item category`}
            required
            searchable
            disabled={!!rule}
            data={categories}
            value={subject}
            onChange={setSubject}
            error={errors.subject}
          />
        )}
        {scope === 'item' && (
          <ItemSelect
            label={t`Item`}
            required
            disabled={!!rule}
            value={subject}
            onChange={setSubject}
            error={errors.subject}
          />
        )}
        {scope === 'global' && errors.subject && (
          <Text size="sm" c="red">
            {errors.subject}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          <Trans>
            Leave a measure empty to let a less specific rule decide it. With both a percentage and an amount,
            the smaller allowance applies.
          </Trans>
        </Text>
        {MEASURES.map((m) => {
          const label = i18n._(m.label);
          const unit = i18n._(m.absolute);
          return (
            <SimpleGrid key={m.key} cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label={t`${label}: percent`}
                inputMode="decimal"
                rightSection="%"
                value={values[m.key].percent}
                onChange={(e) => set(m.key, 'percent', e.currentTarget.value)}
                error={errors[`${m.key}.percent`]}
              />
              <TextInput
                label={t`${label}: amount (${unit})`}
                inputMode="decimal"
                value={values[m.key].absolute}
                onChange={(e) => set(m.key, 'absolute', e.currentTarget.value)}
                error={errors[`${m.key}.absolute`] ?? errors[m.key]}
              />
            </SimpleGrid>
          );
        })}
        <TextInput
          label={t`Note`}
          description={t`Why this rule exists (a contract clause, an agreement)`}
          maxLength={500}
          value={values.note}
          onChange={(e) => {
            const note = e.currentTarget.value;
            setValues((v) => ({ ...v, note }));
          }}
          error={errors.note}
        />
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            <Trans>Save rule</Trans>
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
