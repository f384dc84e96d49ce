import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Button, Checkbox } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '@/lib/api';
import { documentChanged } from '@/lib/document-changes';
import { ConfirmWithReasonModal } from './confirm-with-reason-modal';
import type { Column } from './data-table';

/** A document of a list that can be picked for a bulk action. */
export type Pickable = { id: string; number: string; version: number };

/** Which rows of a list are picked, which may be, and how a pick changes. */
export type Selection<T> = {
  selected: ReadonlySet<string>;
  selectable: (row: T) => boolean;
  onChange: (ids: string[], picked: boolean) => void;
};

/** The ids picked on a list, and the selection a table shows for them. */
export function usePicked<T extends Pickable>(
  selectable: (row: T) => boolean,
): { picked: ReadonlySet<string>; selection: Selection<T>; clear: () => void } {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  return {
    picked,
    clear: () => setPicked(new Set()),
    selection: {
      selected: picked,
      selectable,
      onChange: (ids, on) =>
        setPicked((current) => {
          const next = new Set(current);
          for (const id of ids) on ? next.add(id) : next.delete(id);
          return next;
        }),
    },
  };
}

/** The checkbox column (first; before the title on a phone's card) of a list whose rows can be picked. */
export function useSelectionColumn<T extends Pickable>(
  rows: T[] | undefined,
  selection: Selection<T> | undefined,
): Column<T> | null {
  const { t } = useLingui();
  if (!selection) return null;
  const pickable = (rows ?? []).filter(selection.selectable).map((r) => r.id);
  const all = pickable.length > 0 && pickable.every((id) => selection.selected.has(id));
  return {
    key: 'select',
    phone: 'lead',
    width: 44,
    header: (
      <Checkbox
        aria-label={t`Select every draft shown`}
        checked={all}
        indeterminate={!all && pickable.some((id) => selection.selected.has(id))}
        disabled={pickable.length === 0}
        onChange={() => selection.onChange(pickable, !all)}
      />
    ),
    render: (row) => {
      const number = row.number;
      return selection.selectable(row) ? (
        <Checkbox
          aria-label={t`Select ${number}`}
          checked={selection.selected.has(row.id)}
          onChange={(e) => selection.onChange([row.id], e.currentTarget.checked)}
        />
      ) : null;
    },
  };
}

/**
 * "Cancel N drafts…" for the drafts picked on a list: one reason for all, each document cancelled
 * with its own version (If-Match), so one changed meanwhile is refused alone; the outcome is told
 * per document, and every view of that kind of document follows.
 */
export function BulkCancelDrafts<T extends Pickable>({
  documents,
  subject,
  cancel,
  onDone,
}: {
  documents: T[];
  /** The kind of document, for the views to refresh (lib/document-changes). */
  subject: 'purchase_order' | 'requisition';
  cancel: (document: T, reason: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useLingui();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  if (documents.length === 0) return null;
  const count = documents.length;
  const numbers = documents.map((d) => d.number).join(', ');

  const cancelAll = async (reason: string) => {
    const failed: string[] = [];
    for (const d of documents) {
      try {
        await cancel(d, reason);
      } catch (err) {
        failed.push(`${d.number}: ${errorMessage(err)}`);
      }
    }
    await documentChanged(queryClient, subject);
    onDone();
    const done = documents.length - failed.length;
    const notCancelled = failed.join('; ');
    notifications.show({
      color: failed.length === 0 ? 'green' : 'orange',
      title: plural(count, {
        one: `${done} of # draft cancelled`,
        other: `${done} of # drafts cancelled`,
      }),
      message: failed.length === 0 ? t`The reason is recorded on each.` : t`Not cancelled: ${notCancelled}`,
      autoClose: failed.length === 0 ? 4000 : false,
    });
  };

  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconCircleX size={16} />}
        onClick={() => setOpened(true)}
      >
        {plural(count, { one: 'Cancel # draft…', other: 'Cancel # drafts…' })}
      </Button>
      <ConfirmWithReasonModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={plural(count, { one: 'Cancel # draft?', other: 'Cancel # drafts?' })}
        message={t`${numbers} will be cancelled; the reason is recorded on each.`}
        confirmLabel={plural(count, { one: 'Cancel # draft', other: 'Cancel # drafts' })}
        color="red"
        reasonRequired
        onConfirm={cancelAll}
      />
    </>
  );
}
