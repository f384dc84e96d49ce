import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Modal, Text } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef } from 'react';
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
