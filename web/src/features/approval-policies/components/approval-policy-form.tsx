import { type ApprovalPolicy, CreateApprovalPolicyRequest } from '@contracts/approvals';
import { GRADES } from '@contracts/evaluation';
import { SUPPLIER_STATUSES } from '@contracts/suppliers';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { UserSelect } from '@/features/users/components/user-select';
import { type FieldError, isApiError } from '@/lib/api';
import { INTERNAL_ROLES, ROLE_LABELS, type Role } from '@/lib/roles';
import { DOCUMENT_TYPE_LABELS, SUPPLIER_STATUS_LABELS } from '../policy-format';

type RuleKind =
  | 'always'
  | 'amountAtLeast'
  | 'budgetExceeded'
  | 'departmentIn'
  | 'costCentreIn'
  | 'categoryIn'
  | 'supplierStatusIn'
  | 'supplierGradeBelow';

const RULE_LABELS: Record<RuleKind, MessageDescriptor> = {
  always: msg`Always`,
  amountAtLeast: msg`Total (base currency) at least`,
  budgetExceeded: msg`Budget exceeded`,
  departmentIn: msg`Department is one of`,
  costCentreIn: msg`Cost centre is one of`,
  categoryIn: msg`Item category is one of`,
  supplierStatusIn: msg`Supplier status is one of`,
  supplierGradeBelow: msg`Supplier graded below`,
};

/** A stable React key for rows the user adds, removes and reorders. */
let nextUid = 0;
const uid = () => `row-${++nextUid}`;

/** `grade`: the grade a supplier must be below (supplierGradeBelow). */
type Rule = { uid: string; kind: RuleKind; amount: string; ids: string[]; grade: string };

type StepValues = {
  uid: string;
  level: number;
  name: string;
  combine: 'all' | 'any';
  rules: Rule[];
  /** A condition nested deeper than the editor shows, kept as written (JSON) instead of the rules. */
  advanced: string | null;
  roles: string[];
  userIds: string[];
  departmentHead: boolean;
  costCentreOwner: boolean;
  mode: ApprovalPolicy['steps'][number]['mode'];
  reminderHours: number | string;
  escalationHours: number | string;
  fallbackUserId: string | null;
};

export type ApprovalPolicyFormValues = {
  documentType: ApprovalPolicy['documentType'];
  name: string;
  enabled: boolean;
  steps: StepValues[];
  /** Empty: that test is off. */
  reapproveWhenTotalRises: { percent: string; amount: string };
};

type Option = { value: string; label: string };

const newRule = (kind: RuleKind = 'amountAtLeast'): Rule => ({
  uid: uid(),
  kind,
  amount: '',
  ids: [],
  grade: 'C',
});

const newStep = (level: number): StepValues => ({
  uid: uid(),
  level,
  name: '',
  combine: 'all',
  rules: [newRule()],
  advanced: null,
  roles: [],
  userIds: [],
  departmentHead: false,
  costCentreOwner: false,
  mode: 'any',
  reminderHours: '',
  escalationHours: '',
  fallbackUserId: null,
});

function ruleOf(leaf: Record<string, unknown>): Rule | null {
  const [kind, value] = Object.entries(leaf)[0] ?? [];
  if (!kind || !(kind in RULE_LABELS)) return null;
  return {
    uid: uid(),
    kind: kind as RuleKind,
    amount: kind === 'amountAtLeast' ? String(value) : '',
    ids: Array.isArray(value) ? value.map(String) : [],
    grade: kind === 'supplierGradeBelow' ? String(value) : 'C',
  };
}

/** A stored condition as editor rules, or null when it nests deeper than "all/any of leaves". */
function rulesOf(condition: Record<string, unknown>): { combine: 'all' | 'any'; rules: Rule[] } | null {
  for (const op of ['all', 'any'] as const) {
    const parts = condition[op];
    if (Array.isArray(parts)) {
      const rules = parts.map((p) => ruleOf(p as Record<string, unknown>));
      return rules.every((r): r is Rule => r !== null) ? { combine: op, rules } : null;
    }
  }
  const rule = ruleOf(condition);
  return rule ? { combine: 'all', rules: [rule] } : null;
}

function valuesOf(policy?: ApprovalPolicy): ApprovalPolicyFormValues {
  if (!policy)
    return {
      documentType: 'purchase_order',
      name: '',
      enabled: true,
      steps: [newStep(1)],
      reapproveWhenTotalRises: { percent: '10', amount: '1000' },
    };
  return {
    documentType: policy.documentType,
    name: policy.name,
    enabled: policy.enabled,
    reapproveWhenTotalRises: {
      percent: policy.reapproveWhenTotalRises.percent ?? '',
      amount: policy.reapproveWhenTotalRises.amount ?? '',
    },
    steps: policy.steps.map((s) => {
      const simple = rulesOf(s.condition);
      return {
        uid: uid(),
        level: s.level,
        name: s.name,
        combine: simple?.combine ?? 'all',
        rules: simple?.rules ?? [],
        advanced: simple ? null : JSON.stringify(s.condition, null, 2),
        roles: [...s.approvers.roles],
        userIds: [...s.approvers.userIds],
        departmentHead: s.approvers.departmentHead,
        costCentreOwner: s.approvers.costCentreOwner,
        mode: s.mode,
        reminderHours: s.reminderHours ?? '',
        escalationHours: s.escalationHours ?? '',
        fallbackUserId: s.fallbackUserId,
      };
    }),
  };
}

function leafOf(rule: Rule): Record<string, unknown> {
  switch (rule.kind) {
    case 'always':
      return { always: true };
    case 'budgetExceeded':
      return { budgetExceeded: true };
    case 'amountAtLeast':
      return { amountAtLeast: rule.amount.trim() };
    case 'supplierGradeBelow':
      return { supplierGradeBelow: rule.grade };
    default:
      return { [rule.kind]: rule.ids };
  }
}

const hours = (v: number | string) => (v === '' || v === null ? null : Number(v));

/** The request body of the form's values (checked with the contract before it is sent; the server's 422 lands on the fields too). */
export function requestOf(values: ApprovalPolicyFormValues): CreateApprovalPolicyRequest {
  return {
    documentType: values.documentType,
    name: values.name.trim(),
    enabled: values.enabled,
    reapproveWhenTotalRises: {
      percent: values.reapproveWhenTotalRises.percent.trim() || null,
      amount: values.reapproveWhenTotalRises.amount.trim() || null,
    },
    steps: values.steps.map((s) => {
      let condition: unknown;
      if (s.advanced !== null) {
        try {
          condition = JSON.parse(s.advanced);
        } catch {
          condition = {};
        }
      } else condition = s.rules.length === 1 ? leafOf(s.rules[0]!) : { [s.combine]: s.rules.map(leafOf) };
      return {
        level: Number(s.level),
        name: s.name.trim(),
        condition: condition as CreateApprovalPolicyRequest['steps'][number]['condition'],
        approvers: {
          roles: s.roles as Role[],
          userIds: s.userIds,
          departmentHead: s.departmentHead,
          costCentreOwner: s.costCentreOwner,
        },
        mode: s.mode,
        reminderHours: hours(s.reminderHours),
        escalationHours: hours(s.escalationHours),
        fallbackUserId: s.fallbackUserId,
      };
    }),
  };
}

/** The server names steps.N.condition… and steps.N.approvers…: show those on the inputs that edit them. */
function renameOf(errors: readonly FieldError[]): Record<string, string> {
  const rename: Record<string, string> = {};
  for (const e of errors) {
    const condition = /^steps[.[](\d+)\]?\.condition/.exec(e.path);
    if (condition) rename[e.path] = `steps.${condition[1]}.rules`;
    const approvers = /^steps[.[](\d+)\]?\.approvers/.exec(e.path);
    if (approvers) rename[e.path] = `steps.${approvers[1]}.roles`;
  }
  return rename;
}

export type ApprovalPolicyFormProps = {
  policy?: ApprovalPolicy;
  departmentOptions: Option[];
  costCentreOptions: Option[];
  categoryOptions: Option[];
  userOptions: Option[];
  submitLabel: string;
  onSubmit: (request: CreateApprovalPolicyRequest) => Promise<unknown>;
  onCancel?: () => void;
};

function RuleEditor({
  form,
  stepIndex,
  ruleIndex,
  props,
}: {
  form: ReturnType<typeof useForm<ApprovalPolicyFormValues>>;
  stepIndex: number;
  ruleIndex: number;
  props: ApprovalPolicyFormProps;
}) {
  const { t, i18n } = useLingui();
  const path = `steps.${stepIndex}.rules.${ruleIndex}`;
  const rule = form.values.steps[stepIndex]!.rules[ruleIndex]!;
  const idOptions: Partial<Record<RuleKind, Option[]>> = {
    departmentIn: props.departmentOptions,
    costCentreIn: props.costCentreOptions,
    categoryIn: props.categoryOptions,
    supplierStatusIn: SUPPLIER_STATUSES.map((s) => {
      const label = SUPPLIER_STATUS_LABELS[s];
      return { value: s, label: label ? i18n._(label) : s };
    }),
  };
  const options = idOptions[rule.kind];
  const step = stepIndex + 1;
  const condition = ruleIndex + 1;
  const ruleLabel = i18n._(RULE_LABELS[rule.kind]);
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        aria-label={t`Step ${step} condition ${condition}`}
        data={Object.entries(RULE_LABELS)
          // An invoice variance is not weighed against budgets: its order already was.
          .filter(
            ([value]) => !(form.values.documentType === 'invoice_variance' && value === 'budgetExceeded'),
          )
          .map(([value, label]) => ({ value, label: i18n._(label) }))}
        allowDeselect={false}
        w={280}
        value={rule.kind}
        onChange={(v) => form.setFieldValue(path, { ...newRule((v ?? 'always') as RuleKind), uid: rule.uid })}
      />
      {rule.kind === 'amountAtLeast' && (
        <TextInput
          aria-label={t`Step ${step} threshold`}
          placeholder="25000"
          inputMode="decimal"
          w={160}
          {...form.getInputProps(`${path}.amount`)}
        />
      )}
      {rule.kind === 'supplierGradeBelow' && (
        <Select
          aria-label={t`Step ${step} grade`}
          data={GRADES.map((g) => ({ value: g, label: g }))}
          allowDeselect={false}
          w={100}
          {...form.getInputProps(`${path}.grade`)}
        />
      )}
      {options && (
        <MultiSelect
          aria-label={t`Step ${step} ${ruleLabel}`}
          data={options}
          searchable
          style={{ flex: 1 }}
          {...form.getInputProps(`${path}.ids`)}
        />
      )}
      <Tooltip label={t`Remove condition`}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t`Remove condition ${condition} of step ${step}`}
          disabled={form.values.steps[stepIndex]!.rules.length === 1}
          onClick={() => form.removeListItem(`steps.${stepIndex}.rules`, ruleIndex)}
          mb={4}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** Create or edit an approval policy: its document type, name, and ordered steps. */
export function ApprovalPolicyForm(props: ApprovalPolicyFormProps) {
  const { t, i18n } = useLingui();
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<ApprovalPolicyFormValues>({
    initialValues: valuesOf(props.policy),
    // Checked as the server checks it, before anything is sent: the field says what is wrong.
    validate: contractValidator(CreateApprovalPolicyRequest, requestOf, renameOf),
    validateInputOnBlur: true,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const editing = !!props.policy;

  const submit = form.onSubmit(async (values, event) => {
    setError(null);
    setUnmatched([]);
    try {
      await leave.whileSaving(() => props.onSubmit(requestOf(values)));
      // Saved: what is on screen is now what is stored (the page may stay open).
      form.resetDirty(values);
    } catch (err) {
      setError(err);
      if (isApiError(err)) setUnmatched(applyServerErrors(form, err, renameOf(err.fieldErrors)));
      revealFormProblem(event?.currentTarget as HTMLElement | null);
    }
  });

  const userOptions = (chosen: string[]): Option[] => [
    ...props.userOptions,
    ...chosen
      .filter((id) => !props.userOptions.some((o) => o.value === id))
      .map((id) => ({ value: id, label: id })),
  ];

  return (
    <form onSubmit={submit} noValidate aria-label={t`Approval policy`}>
      {leave.dialog}
      <Stack gap="lg">
        <FormErrorAlert error={error} unmatched={unmatched} />
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label={t`Document type`}
              required
              disabled={editing}
              allowDeselect={false}
              data={Object.entries(DOCUMENT_TYPE_LABELS).map(([value, label]) => ({
                value,
                label: i18n._(label),
              }))}
              {...form.getInputProps('documentType')}
            />
            <TextInput label={t`Name`} required maxLength={200} {...form.getInputProps('name')} />
            <Switch
              mt={28}
              label={t`Enabled (one enabled policy per document type)`}
              {...form.getInputProps('enabled', { type: 'checkbox' })}
            />
          </SimpleGrid>
        </Card>
        {form.values.documentType === 'invoice_variance' && (
          <Alert color="blue" variant="light" title={t`Invoice variances`}>
            <Trans>
              Accounts payable’s acceptance of an invoice exception is routed here. The total is the
              variances’ amount in base currency (price and quantity variances, lines and charges not on the
              order, tax differences). Below every step’s threshold the variances are accepted at once; at or
              above one the invoice waits, unpayable, until the last step approves. Approvers need a role that
              may resolve invoices (finance, accounts payable); the order’s buyer and requesters, and whoever
              accepted, never decide.
            </Trans>
          </Alert>
        )}
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            <Trans>
              Steps run by level, lowest first; steps that share a level run in parallel. A step applies when
              its condition holds; a document that no step applies to is approved on submission.
            </Trans>
          </Text>
          {form.values.steps.map((step, i) => {
            const n = i + 1;
            const stepName = step.name;
            return (
              <Card
                key={step.uid}
                withBorder
                radius="md"
                padding="lg"
                component="fieldset"
                aria-label={t`Step ${n}`}
                // A fieldset is at least as wide as its content by default: on a phone the step's
                // mode switch pushed the whole card past the screen's edge.
                style={{ minWidth: 0 }}
              >
                <Group justify="space-between" mb="sm">
                  <Title order={3} fz="md">
                    {step.name ? (
                      <Trans>
                        Step {n} — {stepName}
                      </Trans>
                    ) : (
                      <Trans>Step {n}</Trans>
                    )}
                  </Title>
                  <Group gap={4}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t`Move step ${n} up`}
                      disabled={i === 0}
                      onClick={() => form.reorderListItem('steps', { from: i, to: i - 1 })}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t`Move step ${n} down`}
                      disabled={i === form.values.steps.length - 1}
                      onClick={() => form.reorderListItem('steps', { from: i, to: i + 1 })}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t`Remove step ${n}`}
                      onClick={() => form.removeListItem('steps', i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Group>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <NumberInput
                      label={t`Level`}
                      required
                      min={1}
                      max={100}
                      allowDecimal={false}
                      {...form.getInputProps(`steps.${i}.level`)}
                    />
                    <TextInput
                      label={t`Name`}
                      required
                      maxLength={100}
                      placeholder={t`Finance`}
                      {...form.getInputProps(`steps.${i}.name`)}
                    />
                    <Stack gap={4}>
                      <Text size="sm" fw={500}>
                        <Trans>Mode</Trans>
                      </Text>
                      <SegmentedControl
                        data={[
                          { value: 'any', label: t`Any one approver` },
                          { value: 'all', label: t`All approvers` },
                        ]}
                        {...form.getInputProps(`steps.${i}.mode`)}
                      />
                    </Stack>
                  </SimpleGrid>
                  <Stack gap={6}>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        <Trans>Condition</Trans>
                      </Text>
                      {step.advanced === null && step.rules.length > 1 && (
                        <SegmentedControl
                          size="xs"
                          data={[
                            { value: 'all', label: t`all of` },
                            { value: 'any', label: t`any of` },
                          ]}
                          {...form.getInputProps(`steps.${i}.combine`)}
                        />
                      )}
                    </Group>
                    {step.advanced !== null ? (
                      <Textarea
                        label={t`Condition as written (nested; edit the JSON)`}
                        autosize
                        minRows={3}
                        ff="monospace"
                        {...form.getInputProps(`steps.${i}.advanced`)}
                      />
                    ) : (
                      <>
                        {step.rules.map((rule, r) => (
                          <RuleEditor key={rule.uid} form={form} stepIndex={i} ruleIndex={r} props={props} />
                        ))}
                        <Group>
                          <Button
                            size="xs"
                            variant="subtle"
                            leftSection={<IconPlus size={14} />}
                            onClick={() => form.insertListItem(`steps.${i}.rules`, newRule('departmentIn'))}
                          >
                            <Trans>Add condition</Trans>
                          </Button>
                        </Group>
                      </>
                    )}
                    {form.errors[`steps.${i}.rules`] && (
                      <Text size="xs" c="red">
                        {form.errors[`steps.${i}.rules`]}
                      </Text>
                    )}
                  </Stack>
                  <Stack gap={6}>
                    <Text size="sm" fw={500}>
                      <Trans>Approvers</Trans>
                    </Text>
                    <Group gap="lg">
                      <Checkbox
                        label={t`The requester's department head`}
                        {...form.getInputProps(`steps.${i}.departmentHead`, { type: 'checkbox' })}
                      />
                      <Checkbox
                        label={t`The cost centre's owner`}
                        {...form.getInputProps(`steps.${i}.costCentreOwner`, { type: 'checkbox' })}
                      />
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <MultiSelect
                        label={t`Roles`}
                        data={INTERNAL_ROLES.map((r) => ({ value: r, label: i18n._(ROLE_LABELS[r]) }))}
                        {...form.getInputProps(`steps.${i}.roles`)}
                      />
                      <MultiSelect
                        label={t`Named users`}
                        searchable
                        data={userOptions(step.userIds)}
                        {...form.getInputProps(`steps.${i}.userIds`)}
                      />
                    </SimpleGrid>
                  </Stack>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <NumberInput
                      label={t`Reminder after (hours)`}
                      min={1}
                      allowDecimal={false}
                      {...form.getInputProps(`steps.${i}.reminderHours`)}
                    />
                    <NumberInput
                      label={t`Escalate after (hours)`}
                      min={1}
                      allowDecimal={false}
                      {...form.getInputProps(`steps.${i}.escalationHours`)}
                    />
                    <UserSelect
                      label={t`Fallback approver`}
                      clearable
                      value={step.fallbackUserId}
                      onChange={(v) => form.setFieldValue(`steps.${i}.fallbackUserId`, v)}
                      error={form.errors[`steps.${i}.fallbackUserId`]}
                    />
                  </SimpleGrid>
                </Stack>
              </Card>
            );
          })}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() =>
                form.insertListItem(
                  'steps',
                  newStep(Math.max(0, ...form.values.steps.map((s) => Number(s.level) || 0)) + 1),
                )
              }
            >
              <Trans>Add step</Trans>
            </Button>
          </Group>
        </Stack>
        {form.values.documentType === 'purchase_order' && (
          <Card
            withBorder
            radius="md"
            padding="lg"
            component="fieldset"
            aria-label={t`Change orders`}
            style={{ minWidth: 0 }}
          >
            <Stack gap="sm">
              <Text fw={600}>
                <Trans>Change orders</Trans>
              </Text>
              <Text size="sm" c="dimmed">
                <Trans>
                  A change that makes an approved order cross a step's threshold always goes back to that
                  step. It also goes back to the whole route when it raises the approved total by more than:
                </Trans>
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t`Percent of the approved total`}
                  description={t`Empty: no percentage test`}
                  inputMode="decimal"
                  rightSection="%"
                  {...form.getInputProps('reapproveWhenTotalRises.percent')}
                />
                <TextInput
                  label={t`Amount in base currency`}
                  description={t`Empty: no amount test`}
                  inputMode="decimal"
                  {...form.getInputProps('reapproveWhenTotalRises.amount')}
                />
              </SimpleGrid>
            </Stack>
          </Card>
        )}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              <Trans>Cancel</Trans>
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
