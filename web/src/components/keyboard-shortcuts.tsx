import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

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

  const rows: [string[], string][] = [
    [['Ctrl', 'K'], 'Find a page, a document by number, a supplier or an item (⌘K on a Mac)'],
    [['/'], 'Jump to the search box of the list'],
    [['?'], 'Show these shortcuts'],
    ...pages.map((p): [string[], string] => [['g', p.key], `Go to ${p.label}`]),
  ];
  return (
    <Modal opened={help} onClose={() => setHelp(false)} title="Keyboard shortcuts" size="md">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          Shortcuts do nothing while you type in a field. For “g” then a letter, press them one after the
          other.
        </Text>
        <Table verticalSpacing={6} aria-label="Keyboard shortcuts">
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
