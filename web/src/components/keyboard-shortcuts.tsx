import { Trans, useLingui } from '@lingui/react/macro';
import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

/** A page `g` then `key` goes to; `label` is its name as the menu shows it (translated). */
export type ShortcutPage = { key: string; label: string; path: string };

/** Keys typed into a field are the field's, never a shortcut. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * Keyboard shortcuts, as in the mail and code tools people already use: `?` lists them, `/`
 * jumps to the page's search box, `g` then a letter goes to a page, Ctrl+K (⌘K) opens the command
 * palette. None acts while the focus is in a field.
 */
export function KeyboardShortcuts({ pages }: { pages: ShortcutPage[] }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const [help, setHelp] = useState(false);
  const pending = useRef<number | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      if (pending.current !== null) {
        window.clearTimeout(pending.current);
        pending.current = null;
        const page = pages.find((p) => p.key === e.key.toLowerCase());
        if (page) {
          e.preventDefault();
          void navigate(page.path);
        }
        return;
      }
      if (e.key === '?') {
        e.preventDefault();
        setHelp(true);
      } else if (e.key === '/') {
        const search = document.querySelector<HTMLInputElement>('main [data-page-search]');
        if (search) {
          e.preventDefault();
          search.focus();
        }
      } else if (e.key === 'g') {
        // The next key within a second and a half names the page.
        pending.current = window.setTimeout(() => {
          pending.current = null;
        }, 1500);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pages]);

  // The name of the Ctrl key as printed on keyboards ("Strg" on German ones).
  const ctrl = t({ message: 'Ctrl', comment: 'The Ctrl key as printed on the keyboard' });
  const rows: [string[], string][] = [
    [[ctrl, 'K'], t`Find a page, a document by number, a supplier or an item (⌘K on a Mac)`],
    [['/'], t`Jump to the search box of the list`],
    [['?'], t`Show these shortcuts`],
    ...pages.map((p): [string[], string] => {
      const page = p.label;
      return [['g', p.key], t`Go to ${page}`];
    }),
  ];
  return (
    <Modal opened={help} onClose={() => setHelp(false)} title={t`Keyboard shortcuts`} size="md">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          <Trans>
            Shortcuts do nothing while you type in a field. For “g” then a letter, press them one after the
            other.
          </Trans>
        </Text>
        <Table verticalSpacing={6} aria-label={t`Keyboard shortcuts`}>
          <Table.Tbody>
            {rows.map(([keys, what]) => (
              <Table.Tr key={what}>
                <Table.Td w={120}>
                  <Group gap={4} wrap="nowrap">
                    {keys.map((k) => (
                      <Kbd key={k}>{k}</Kbd>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{what}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
