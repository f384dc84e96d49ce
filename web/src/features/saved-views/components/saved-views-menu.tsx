import type { SavedViewListName } from '@contracts/identity';
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkPlus, IconChevronDown, IconLink, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { errorMessage, isApiError } from '@/lib/api';
import { useDeleteView, useSavedViews, useSaveView } from '../api/saved-views';

type ListName = z.infer<typeof SavedViewListName>;

/**
 * "Views" on a list: the user's named filter sets (open one, delete one), "Save this view…" for
 * the filters on screen, and "Copy link" to share them — a view is the list's address.
 */
export function SavedViewsMenu({ list }: { list: ListName }) {
  const views = useSavedViews(list);
  const save = useSaveView(list);
  const remove = useDeleteView(list);
  const navigate = useNavigate();
  const location = useLocation();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const query = location.search.replace(/^\?/, '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const view = await save.mutateAsync({ name, query });
      setNaming(false);
      setName('');
      notifications.show({ color: 'green', message: `Saved as “${view.name}”.` });
    } catch (err) {
      const field = isApiError(err) ? err.fieldErrors.find((f) => f.path === 'name') : undefined;
      setProblem(field ? `The name ${field.message}.` : errorMessage(err));
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      notifications.show({ color: 'green', message: 'Link to this view copied.' });
    } catch {
      notifications.show({ color: 'red', message: `Copy this address: ${window.location.href}` });
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal width={280}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            Views
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>My views</Menu.Label>
          {(views.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {views.isPending ? 'Loading…' : 'None yet: filter the list, then save it.'}
            </Text>
          )}
          {(views.data ?? []).map((v) => (
            <Group key={v.id} gap={0} wrap="nowrap">
              <Menu.Item
                onClick={() => void navigate(`/${list}${v.query ? `?${v.query}` : ''}`)}
                style={{ flex: 1 }}
              >
                {v.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete view ${v.name}`}
                onClick={() =>
                  remove.mutate(v.id, {
                    onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
                  })
                }
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={16} />} onClick={() => setNaming(true)}>
            Save this view…
          </Menu.Item>
          <Menu.Item leftSection={<IconLink size={16} />} onClick={() => void copyLink()}>
            Copy link to this view
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title="Save this view">
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              The list's current filters, under a name only you see. The address of the page is the view: copy
              it to share it.
            </Text>
            <TextInput
              label="Name"
              required
              data-autofocus
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                Save view
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
