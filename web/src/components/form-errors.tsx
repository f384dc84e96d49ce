import { useLingui } from '@lingui/react/macro';
import { Alert, List, Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef } from 'react';
import type { z } from 'zod';
import { type ApiError, errorMessage, type FieldError, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';

/** "addresses[0].line1" or "addresses.0.line1" → the @mantine/form path "addresses.0.line1". */
export function toFormPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

function valueAt(values: unknown, segments: string[]): { found: boolean; value: unknown } {
  let current: unknown = values;
  for (const s of segments) {
    if (current === null || typeof current !== 'object' || !(s in (current as Record<string, unknown>))) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string, unknown>)[s];
  }
  return { found: true, value: current };
}

/**
 * Where an error for `path` should show in a form with these values: on the field itself, or on
 * the list input that holds it ("categoryIds.2" → the "categoryIds" multiselect), or nowhere.
 */
function formPathFor(values: unknown, path: string, rename: Record<string, string>): string | null {
  const segments = toFormPath(rename[path] ?? path)
    .split('.')
    .filter(Boolean);
  if (segments.length === 0) return null;
  const self = valueAt(values, segments);
  if (!self.found) return null;
  const isLeaf = self.value === null || typeof self.value !== 'object';
  if (segments.length > 1 && isLeaf && Array.isArray(valueAt(values, segments.slice(0, -1)).value)) {
    return segments.slice(0, -1).join('.');
  }
  return segments.join('.');
}

/**
 * Splits field errors into those that belong to an input of the form (first message per input,
 * in the user's language when it is a known contract message) and those that do not (shown in
 * the form's alert instead).
 */
export function mapFieldErrors(
  values: unknown,
  errors: readonly FieldError[],
  rename: Record<string, string> = {},
): { formErrors: FormErrors; unmatched: FieldError[] } {
  const formErrors: FormErrors = {};
  const unmatched: FieldError[] = [];
  for (const e of errors) {
    const target = formPathFor(values, e.path, rename);
    if (target === null) unmatched.push(e);
    else if (!formErrors[target]) formErrors[target] = translateFieldMessage(e.message);
  }
  return { formErrors, unmatched };
}

function pathOfIssue(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * A @mantine/form `validate` function from a contract schema: the form's values are turned into
 * the request body and checked with the same schema the server uses, so the messages match.
 */
export function contractValidator<Values>(
  schema: z.ZodType,
  toRequest: (values: Values) => unknown,
  /** Request paths to the form paths that show them; or, per set of errors, a function naming them. */
  rename: Record<string, string> | ((errors: readonly FieldError[]) => Record<string, string>) = {},
): (values: Values) => FormErrors {
  return (values) => {
    const result = schema.safeParse(toRequest(values));
    if (result.success) return {};
    const errors = result.error.issues.map((i) => ({ path: pathOfIssue(i.path), message: i.message }));
    return mapFieldErrors(values, errors, typeof rename === 'function' ? rename(errors) : rename).formErrors;
  };
}

type FormLike = { getValues: () => unknown; setErrors: (errors: FormErrors) => void };

const snapshot = (values: unknown, path: string) =>
  JSON.stringify(valueAt(values, path.split('.')).value ?? null);

/**
 * Remembers the server's field errors until the user changes that field, so that validating
 * another field on blur (which re-runs the form's validator) does not wipe them: a code the
 * server says is taken stays marked until it is edited.
 */
export function useServerFieldErrors() {
  const remembered = useRef<Record<string, { message: string; value: string }>>({});
  return {
    remember(values: unknown, errors: FormErrors) {
      remembered.current = {};
      for (const [path, message] of Object.entries(errors)) {
        if (message) remembered.current[path] = { message: String(message), value: snapshot(values, path) };
      }
    },
    /** The remembered errors whose field still holds the value the server refused. */
    current(values: unknown): FormErrors {
      const out: FormErrors = {};
      for (const [path, e] of Object.entries(remembered.current)) {
        if (snapshot(values, path) === e.value) out[path] = e.message;
        else delete remembered.current[path];
      }
      return out;
    },
  };
}

export type ServerFieldErrors = ReturnType<typeof useServerFieldErrors>;

/**
 * Puts a server's field errors (422, or a 409 naming a field) on the form's inputs and returns
 * the ones no input shows, for the alert. With `memory`, the errors outlive later validation
 * until their field is edited.
 */
export function applyServerErrors(
  form: FormLike,
  error: unknown,
  rename: Record<string, string> = {},
  memory?: ServerFieldErrors,
): FieldError[] {
  if (!isApiError(error) || error.fieldErrors.length === 0) return [];
  const { formErrors, unmatched } = mapFieldErrors(form.getValues(), error.fieldErrors, rename);
  memory?.remember(form.getValues(), formErrors);
  form.setErrors(formErrors);
  return unmatched;
}

/**
 * After a failed save, take the user to the problem: the first invalid input gets focus; if no
 * input is marked, the form's alert is scrolled into view and its first button (e.g. Reload)
 * focused.
 */
export function revealFormProblem(form: HTMLElement | null = document.body) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      return;
    }
    const alert = form?.querySelector<HTMLElement>('[role="alert"]');
    alert?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    alert?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  });
}

/** The alert above a form after a failed save: what went wrong, and anything no field shows. */
export function FormErrorAlert({ error, unmatched = [] }: { error: unknown; unmatched?: FieldError[] }) {
  const { t } = useLingui();
  if (!error) return null;
  const api = isApiError(error) ? (error as ApiError) : null;
  const fieldProblem = api && api.fieldErrors.length > 0;
  return (
    <Alert
      color="red"
      variant="light"
      py={unmatched.length === 0 && fieldProblem ? 'xs' : undefined}
      icon={<IconAlertTriangle size={18} />}
      title={fieldProblem ? t`Please correct the highlighted fields` : t`Could not save`}
      role="alert"
    >
      {!fieldProblem && <Text size="sm">{errorMessage(error)}</Text>}
      {unmatched.length > 0 && (
        <List size="sm" spacing={2}>
          {unmatched.map((e) => (
            <List.Item key={`${e.path}:${e.message}`}>
              {e.path}: {translateFieldMessage(e.message)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
