import { Trans } from '@lingui/react/macro';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { type FormEvent, type ReactNode, useCallback, useState } from 'react';
import { type FieldError, isApiError } from '@/lib/api';
import { applyServerErrors, FormErrorAlert } from './form-errors';
import { useModalGuard } from './leave-guard';
import { StaleRecordAlert } from './stale-record-alert';

type FormLike = { getValues: () => unknown; setErrors: (errors: FormErrors) => void };

/**
 * The state of saving a form: the last error, the field errors no input shows, whether it is
 * saving, and whether the record went stale (412). `save` runs the request and puts a server's
 * field errors on the form's inputs; it resolves to true when the save succeeded.
 */
export function useSaveState(form: FormLike, rename: Record<string, string> = {}) {
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  const reset = useCallback(() => {
    setError(null);
    setUnmatched([]);
  }, []);

  async function save(action: () => Promise<unknown>): Promise<boolean> {
    setSaving(true);
    reset();
    try {
      await action();
      return true;
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err, rename));
      return false;
    } finally {
      setSaving(false);
    }
  }

  return {
    error,
    unmatched,
    saving,
    stale: isApiError(error) && error.status === 412,
    save,
    reset,
    setError,
  };
}

/**
 * Reloads the record a form was based on (after a 412, someone else changed it) and starts the
 * form again from the fresh version: values, initial values, errors and save state.
 */
export function useRecordReload<R, V>(opts: {
  form: { setInitialValues: (v: V) => void; setValues: (v: V) => void; clearErrors: () => void };
  state: { reset: () => void; setError: (err: unknown) => void };
  /** Fetches the current version; undefined when there is no saved record to reload. */
  load: (() => Promise<R>) | undefined;
  valuesOf: (record: R) => V;
  onLoaded: (record: R) => void;
}) {
  const [reloading, setReloading] = useState(false);
  async function reload() {
    if (!opts.load) return;
    setReloading(true);
    try {
      const fresh = await opts.load();
      opts.onLoaded(fresh);
      const next = opts.valuesOf(fresh);
      opts.form.setInitialValues(next);
      opts.form.setValues(next);
      opts.form.clearErrors();
      opts.state.reset();
    } catch (err) {
      opts.state.setError(err);
    } finally {
      setReloading(false);
    }
  }
  return { reload, reloading };
}

/**
 * A create / edit form in a modal: the error or "someone else changed this" alert on top, the
 * fields, then Cancel and the submit button.
 */
export function FormModal(props: {
  opened: boolean;
  onClose: () => void;
  /**
   * Whether the fields differ from what the form opened with: closing the modal or leaving the
   * page then asks first (usually `() => form.isDirty()`).
   */
  isDirty: () => boolean;
  title: string;
  /** The accessible name of the form ("New unit"). */
  label?: string;
  submitLabel: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  state: { error: unknown; unmatched: FieldError[]; saving: boolean; stale: boolean };
  onReload?: () => void;
  reloading?: boolean;
  size?: string;
  children: ReactNode;
}) {
  const { state } = props;
  const guard = useModalGuard({
    opened: props.opened,
    isDirty: props.isDirty,
    saving: state.saving,
    onClose: props.onClose,
  });
  return (
    <>
      {guard.dialogs}
      <Modal
        opened={props.opened}
        onClose={guard.requestClose}
        title={props.title}
        centered
        size={props.size ?? 'lg'}
      >
        <form onSubmit={props.onSubmit} noValidate aria-label={props.label ?? props.title}>
          <Stack gap="md">
            {state.stale ? (
              <StaleRecordAlert onReload={props.onReload} reloading={props.reloading} />
            ) : (
              <FormErrorAlert error={state.error} unmatched={state.unmatched} />
            )}
            {props.children}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={guard.requestClose} disabled={state.saving}>
                <Trans>Cancel</Trans>
              </Button>
              <Button type="submit" loading={state.saving} disabled={state.stale}>
                {props.submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
