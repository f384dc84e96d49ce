import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Group, Text } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '@/features/auth/use-can';
import { type Found, useSearchEverything } from '../queries';

/** The palette's state (open, the action chosen by the arrow keys); `palette.open()` opens it. */
const [paletteStore, palette] = createSpotlight();

export { palette };

/** Ctrl+K, ⌘K on a Mac (one array for every render: the listener is not bound anew each time). */
// eslint-disable-next-line lingui/no-unlocalized-strings -- a key combination for the hotkey handler, not text
const SHORTCUT = ['mod + K'];

export type PaletteLink = { label: string; path: string };

const KIND_LABELS: Record<Found['kind'], MessageDescriptor> = {
  purchase_order: msg`Purchase order`,
  requisition: msg`Requisition`,
  supplier: msg`Supplier`,
  item: msg`Item`,
};

/**
 * Ctrl+K (⌘K): go anywhere by typing — the pages of the menu, and documents by number, suppliers
 * and items found on the server as you type. Enter opens the highlighted one.
 */
export function CommandPalette({ pages }: { pages: PaletteLink[] }) {
  const { t, i18n } = useLingui();
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const can = useCan();
  const found = useSearchEverything(query, can);
  const text = query.trim().toLowerCase();
  const pageHits = pages.filter((p) => text === '' || p.label.toLowerCase().includes(text)).slice(0, 6);
  const go = (path: string) => {
    void navigate(path);
    setQuery('');
  };
  const hits = text.length >= 2 ? (found.data ?? []) : [];
  // Enter before any arrow key opens the first result, as in every launcher.
  const first = pageHits[0]?.path ?? hits[0]?.path;

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={SHORTCUT}
      scrollable
      maxHeight={420}
    >
      <Spotlight.Search
        placeholder={t`Go to a page, or find PO-…, REQ-…, a supplier, an item`}
        leftSection={<IconSearch size={18} />}
        aria-label={t`Search everything`}
        onKeyDown={(e) => {
          // With an action chosen by the arrow keys, the palette's own Enter opens that one.
          if (e.key !== 'Enter' || !first || paletteStore.getState().selected >= 0) return;
          e.preventDefault();
          palette.close();
          go(first);
        }}
      />
      <Spotlight.ActionsList aria-label={t`Results`}>
        {pageHits.length > 0 && (
          <Spotlight.ActionsGroup label={t`Pages`}>
            {pageHits.map((p) => (
              <Spotlight.Action key={p.path} label={p.label} onClick={() => go(p.path)} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label={t`Found`}>
            {hits.map((f) => (
              <Spotlight.Action
                key={`${f.kind}-${f.id}`}
                onClick={() => go(f.path)}
                aria-label={`${i18n._(KIND_LABELS[f.kind])} ${f.title}`}
              >
                <Group wrap="nowrap" gap="sm" w="100%" justify="space-between">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {f.title}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {f.detail}
                    </Text>
                  </div>
                  <Badge variant="light" color="gray" size="sm" style={{ flexShrink: 0 }}>
                    {i18n._(KIND_LABELS[f.kind])}
                  </Badge>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {pageHits.length === 0 && hits.length === 0 && (
          <Spotlight.Empty>
            {text.length >= 2 && found.isFetching ? <Trans>Searching…</Trans> : <Trans>Nothing found</Trans>}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
