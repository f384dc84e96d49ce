import { CreateUserRequest, UpdateUserRequest, type User } from '@contracts/identity';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
  useServerFieldErrors,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { type FieldError, isApiError } from '@/lib/api';
import { INTERNAL_ROLES, ROLE_LABELS, ROLE_PERMISSIONS, type Role } from '@/lib/roles';

export type UserFormValues = {
  name: string;
  email: string;
  password: string;
  roles: Role[];
  departmentId: string;
  active: boolean;
};

export type UserRequest = {
  name: string;
  email: string;
  password?: string;
  roles: Role[];
  departmentId?: string | null;
  active: boolean;
};

export type UserFormProps = {
  user?: User;
  /** null when departments are not available to pick from (the field is then left as it is). */
  departmentOptions: { value: string; label: string }[] | null;
  submitLabel: string;
  /** Saves; `version` is the one the form was opened (or reloaded) with, for If-Match. */
  onSubmit: (request: UserRequest, version: number | undefined) => Promise<User | undefined>;
  onCancel?: () => void;
  onReload?: () => Promise<User | undefined>;
  /** The signed-in user edits themself: they cannot deactivate themself. */
  isSelf?: boolean;
};

function valuesOf(user?: User): UserFormValues {
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    password: '',
    roles: user ? [...user.roles] : [],
    departmentId: user?.departmentId ?? '',
    active: user?.active ?? true,
  };
}

function permissionSummary(role: Role): string {
  return ROLE_PERMISSIONS[role].join(', ');
}

/** Create a user (with an initial password) or edit one's name, e-mail, roles, department and status. */
export function UserForm(props: UserFormProps) {
  const { t, i18n } = useLingui();
  // Fixed when the form opens: a background refresh must not become the base of this save.
  const [base, setBase] = useState(props.user);
  const editing = !!base;
  const withDepartments = props.departmentOptions !== null;
  const toRequest = useMemo(
    () =>
      (v: UserFormValues): UserRequest => ({
        name: v.name,
        email: v.email.trim(),
        ...(!editing && { password: v.password }),
        roles: v.roles,
        ...(withDepartments && { departmentId: v.departmentId || null }),
        active: v.active,
      }),
    [editing, withDepartments],
  );
  const validate = useMemo(
    () => contractValidator<UserFormValues>(editing ? UpdateUserRequest : CreateUserRequest, toRequest),
    [editing, toRequest],
  );
  const serverErrors = useServerFieldErrors();
  const form = useForm<UserFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(base),
    validate: (values) => ({ ...serverErrors.current(values), ...validate(values) }),
    validateInputOnBlur: true,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const stale = isApiError(error) && error.status === 412;

  async function submit(values: UserFormValues) {
    setSaving(true);
    setError(null);
    setUnmatched([]);
    try {
      const saved = await leave.whileSaving(() => props.onSubmit(toRequest(values), base?.version));
      if (saved) setBase(saved);
      form.resetDirty();
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err, {}, serverErrors));
      revealFormProblem(formRef.current);
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    const fresh = await props.onReload?.();
    if (!fresh) return;
    setBase(fresh);
    const next = valuesOf(fresh);
    form.setInitialValues(next);
    form.setValues(next);
    form.clearErrors();
    setError(null);
  }

  return (
    <form
      ref={formRef}
      onSubmit={form.onSubmit(submit, () => revealFormProblem(formRef.current))}
      noValidate
      aria-label={editing ? t`Edit user` : t`New user`}
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t`Someone else changed this record — reload`}
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                <Trans>
                  This user was changed by someone else after you opened it. Reload to see the current
                  version.
                </Trans>
              </Text>
              <Button
                size="xs"
                color="orange"
                leftSection={<IconRefresh size={14} />}
                onClick={() => void reload()}
              >
                <Trans>Reload</Trans>
              </Button>
            </Stack>
          </Alert>
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}
        <Card withBorder radius="md" padding="lg" component="section">
          <Title order={2} fz="lg" fw={600} mb="md">
            <Trans>Account</Trans>
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t`Name`}
              required
              maxLength={200}
              autoComplete="off"
              autoFocus={!editing}
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t`E-mail`}
              type="email"
              required
              maxLength={320}
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            {!editing && (
              <PasswordInput
                label={t`Initial password`}
                description={t`At least 10 characters. Give it to the user securely; they can change it under My account.`}
                required
                autoComplete="new-password"
                {...form.getInputProps('password')}
              />
            )}
            {withDepartments && (
              <Select
                label={t`Department`}
                placeholder={t`No department`}
                clearable
                searchable
                data={props.departmentOptions ?? []}
                {...form.getInputProps('departmentId')}
                onChange={(v) => form.setFieldValue('departmentId', v ?? '')}
              />
            )}
          </SimpleGrid>
          <Switch
            mt="lg"
            label={t`Active`}
            description={
              props.isSelf
                ? t`You cannot deactivate your own account.`
                : t`Inactive users cannot sign in; their sessions end.`
            }
            disabled={props.isSelf && form.values.active}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        </Card>
        <Card withBorder radius="md" padding="lg" component="section">
          <Checkbox.Group
            label={t`Roles`}
            description={t`A user can hold several roles; they get every permission of each.`}
            {...form.getInputProps('roles')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mt="sm">
              {INTERNAL_ROLES.map((role) => (
                <Checkbox
                  key={role}
                  value={role}
                  label={i18n._(ROLE_LABELS[role])}
                  description={permissionSummary(role)}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Card>
        <Group justify="flex-end" gap="sm">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel} disabled={saving}>
              <Trans>Cancel</Trans>
            </Button>
          )}
          <Button type="submit" loading={saving} disabled={stale}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
