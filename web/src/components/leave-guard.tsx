import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Text } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';

/**
 * Keeps typed-in work from being lost: while `isDirty()`, leaving the page — a menu click, a link,
 * Back, Cancel — asks first, and closing or reloading the tab makes the browser ask. Saving is not
 * leaving: wrap the save in `whileSaving` so the page it opens afterwards is not blocked.
 * `isDirty` is asked at the moment of leaving (forms do not re-render on every keystroke).
 */
export function useLeaveGuard(isDirty: () => boolean): {
  whileSaving: <T>(save: () => Promise<T>) => Promise<T>;
  dialog: ReactNode;
} {
  const { t } = useLingui();
  const saving = useRef(false);
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      !saving.current &&
      dirty.current() &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (saving.current || !dirty.current()) return;
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  const whileSaving = useCallback(async <T,>(save: () => Promise<T>): Promise<T> => {
    saving.current = true;
    try {
      return await save();
    } finally {
      saving.current = false;
    }
  }, []);

  const dialog = (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t`Leave without saving?`}
      centered
    >
      <Text size="sm">
        <Trans>What you changed on this page has not been saved and will be lost.</Trans>
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          <Trans>Stay on this page</Trans>
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          <Trans>Leave without saving</Trans>
        </Button>
      </Group>
    </Modal>
  );
  return { whileSaving, dialog };
}

/**
 * The same guard for a form in a modal: while it is open and `isDirty()`, closing it (its ×,
 * Escape, a click beside it, Cancel) asks "Discard your changes?" first, and leaving the page (a
 * menu click, Back, closing the tab) asks as a page form does. Pass `requestClose` as the modal's
 * `onClose` and to its Cancel button, and render `dialogs` beside the modal.
 */
export function useModalGuard(opts: {
  opened: boolean;
  /** Whether what is typed differs from what the form opened with (asked at the moment of closing). */
  isDirty: () => boolean;
  /** While a save runs, closing and leaving are the save's business. */
  saving?: boolean;
  onClose: () => void;
}): { requestClose: () => void; dialogs: ReactNode } {
  const { t } = useLingui();
  const [asking, setAsking] = useState(false);
  const latest = useRef(opts);
  latest.current = opts;
  const dirtyNow = useCallback(
    () => latest.current.opened && !latest.current.saving && latest.current.isDirty(),
    [],
  );
  const requestClose = useCallback(() => {
    if (dirtyNow()) setAsking(true);
    else latest.current.onClose();
  }, [dirtyNow]);

  const dialogs = (
    <>
      {/* Mounted only while the modal is open: a router takes one blocker at a time, and a page
          keeps many closed modals. */}
      {opts.opened && <LeaveBlocker isDirty={dirtyNow} />}
      <Modal
        opened={asking && opts.opened}
        onClose={() => setAsking(false)}
        title={t`Discard your changes?`}
        centered
        size="sm"
        zIndex={400}
      >
        <Text size="sm">
          <Trans>What you typed in this form has not been saved and will be lost.</Trans>
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
            <Trans>Keep editing</Trans>
          </Button>
          <Button
            color="red"
            onClick={() => {
              setAsking(false);
              latest.current.onClose();
            }}
          >
            <Trans>Discard changes</Trans>
          </Button>
        </Group>
      </Modal>
    </>
  );
  return { requestClose, dialogs };
}

function LeaveBlocker({ isDirty }: { isDirty: () => boolean }) {
  return useLeaveGuard(isDirty).dialog;
}
