import type { SavedViewListName } from '@contracts/identity';
import { Trans, useLingui } from '@lingui/react/macro';
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkPlus, IconChevronDown, IconLink, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { z } from 'zod';
import { errorMessage, isApiError } from '@/lib/api';
import { useDeleteView, useSavedViews, useSaveView } from '../queries';

type ListName = z.infer<typeof SavedViewListName>;

/**
 * "Views" on a list: the user's named filter sets (open one, delete one), "Save this view…" for
 * the filters on screen, and "Copy link" to share them — a view is the list's address.
 */
export function SavedViewsMenu({ list }: { list: ListName }) {
  const { t } = useLingui();
  const views = useSavedViews(list);
  const save = useSaveView(list);
  const remove = useDeleteView(list);
  const navigate = useNavigate();
  const location = useLocation();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const query = location.search.replace(/^\?/, '');
  const deleteLabel = (viewName: string) => t`Delete view ${viewName}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const view = await save.mutateAsync({ name, query });
      setNaming(false);
      setName('');
      const viewName = view.name;
      notifications.show({ color: 'green', message: t`Saved as “${viewName}”.` });
    } catch (err) {
      const field = isApiError(err) ? err.fieldErrors.find((f) => f.path === 'name') : undefined;
      const problem = field?.message;
      setProblem(problem ? t`The name ${problem}.` : errorMessage(err));
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      notifications.show({ color: 'green', message: t`Link to this view copied.` });
    } catch {
      const address = window.location.href;
      notifications.show({ color: 'red', message: t`Copy this address: ${address}` });
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
            <Trans>Views</Trans>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Trans>My views</Trans>
          </Menu.Label>
          {(views.data ?? []).length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {views.isPending ? (
                <Trans>Loading…</Trans>
              ) : (
                <Trans>None yet: filter the list, then save it.</Trans>
              )}
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
                aria-label={deleteLabel(v.name)}
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
            <Trans>Save this view…</Trans>
          </Menu.Item>
          <Menu.Item leftSection={<IconLink size={16} />} onClick={() => void copyLink()}>
            <Trans>Copy link to this view</Trans>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t`Save this view`}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              <Trans>
                The list's current filters, under a name only you see. The address of the page is the view:
                copy it to share it.
              </Trans>
            </Text>
            <TextInput
              label={t`Name`}
              required
              data-autofocus
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                <Trans>Cancel</Trans>
              </Button>
              <Button type="submit" loading={save.isPending}>
                <Trans>Save view</Trans>
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
