import { COMMENT_MAX_LENGTH, type Comment } from '@contracts/discussion';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Avatar, Button, Combobox, Group, Stack, Text, Textarea, useCombobox } from '@mantine/core';
import { IconAlertTriangle, IconMessage } from '@tabler/icons-react';
import {
  type ChangeEvent,
  type FormEvent,
  Fragment,
  type KeyboardEvent,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useLocation } from 'react-router';
import { SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { errorMessage, isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { type ThreadedDocumentType, useAddComment, useComments, usePeople } from '../queries';

type Person = { id: string; name: string };

/** The word being typed after "@" at the caret, or null when the caret is not in a mention. */
export function mentionAt(text: string, caret: number): { query: string; start: number } | null {
  const match = /(^|\s)@([\p{L}\p{N}._'-]{0,30})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { query: match[2]!, start: caret - match[2]!.length - 1 };
}

/** The people picked while typing whose "@Name" is still in the text. */
export function mentionedIn(text: string, picked: Person[]): Person[] {
  return picked.filter((p) => text.includes(`@${p.name}`));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A comment's text with its mentions in bold. */
function CommentBody({ comment }: { comment: Comment }) {
  if (comment.mentions.length === 0) return <>{comment.body}</>;
  const names = comment.mentions.map((m) => `@${m.name}`);
  const parts = comment.body.split(new RegExp(`(${names.map(escapeRegExp).join('|')})`, 'g'));
  return (
    <>
      {parts.map((part, i) =>
        names.includes(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text are known by their place
          <Text key={i} span fw={600} c="var(--mantine-color-indigo-text)">
            {part}
          </Text>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text are known by their place
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

/**
 * A document's comment thread. Typing "@" and a few letters offers people by name; the people
 * mentioned are notified (in the app and by e-mail) with a link back here. Ctrl+Enter posts.
 */
export function CommentsCard({
  documentType,
  documentId,
  canComment,
}: {
  documentType: ThreadedDocumentType;
  documentId: string;
  canComment: boolean;
}) {
  const { t } = useLingui();
  const comments = useComments(documentType, documentId);
  const add = useAddComment(documentType, documentId);
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<Person[]>([]);
  const [mention, setMention] = useState<{ query: string; start: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const people = usePeople(mention?.query ?? null);
  const combobox = useCombobox();
  const input = useRef<HTMLTextAreaElement>(null);

  const options = mention ? (people.data ?? []) : [];
  const willNotify = mentionedIn(body, picked);
  const notifyNames = willNotify.map((p) => p.name).join(', ');
  // A mention's notification links to #comments: once the thread is there, bring it into view.
  const { hash } = useLocation();
  const loaded = comments.isSuccess;
  useEffect(() => {
    if (loaded && hash === '#comments')
      document.getElementById('comments')?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);
  useEffect(() => {
    if (options.length > 0) combobox.selectFirstOption();
  }, [options, combobox]);

  const follow = (text: string, caret: number) => {
    const found = mentionAt(text, caret);
    setMention(found);
    if (found) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const pick = (id: string) => {
    const person = options.find((p) => p.id === id);
    if (!person || !mention) return;
    const caret = input.current?.selectionStart ?? body.length;
    const inserted = `@${person.name} `;
    const next = body.slice(0, mention.start) + inserted + body.slice(caret);
    setBody(next);
    setPicked((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setMention(null);
    combobox.closeDropdown();
    requestAnimationFrame(() => {
      const at = mention.start + inserted.length;
      input.current?.focus();
      input.current?.setSelectionRange(at, at);
    });
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(null);
    const text = body.trim();
    if (text === '') {
      setProblem(t`Write something first.`);
      return;
    }
    const mentioned = mentionedIn(text, picked);
    try {
      await add.mutateAsync({ body: text, mentionedUserIds: mentioned.map((p) => p.id) });
      setBody('');
      setPicked([]);
    } catch (err) {
      const fields = isApiError(err) ? err.fieldErrors : [];
      setProblem(fields.length > 0 ? fields.map((f) => f.message).join('; ') : errorMessage(err));
    }
  };

  return (
    <SectionCard
      title={t`Comments`}
      description={t`Questions and answers about this document; type @ to mention someone.`}
    >
      <Stack gap="md" id="comments">
        {comments.isPending ? (
          <LoadingState label={t`Loading comments`} />
        ) : comments.error ? (
          <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />
        ) : comments.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            <Trans>No comments yet.</Trans>
          </Text>
        ) : (
          <Stack
            gap="md"
            component="ol"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t`Comments`}
          >
            {comments.data.map((c) => (
              <Group key={c.id} component="li" gap="sm" align="flex-start" wrap="nowrap">
                <Avatar size={32} radius="xl" color="indigo" aria-hidden>
                  {initials(c.author.name)}
                </Avatar>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={8}>
                    <Text size="sm" fw={600}>
                      {c.author.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(c.createdAt)}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    <CommentBody comment={c} />
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
        {canComment && (
          <form onSubmit={(e) => void submit(e)} aria-label={t`New comment`}>
            <Stack gap="xs">
              {problem && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
                  {problem}
                </Alert>
              )}
              <Combobox
                store={combobox}
                onOptionSubmit={pick}
                position="bottom-start"
                width={300}
                withinPortal
              >
                <Combobox.Target>
                  <Textarea
                    ref={input}
                    label={t`Comment`}
                    placeholder={t`Write a comment; @name mentions someone`}
                    autosize
                    minRows={2}
                    maxRows={10}
                    maxLength={COMMENT_MAX_LENGTH}
                    value={body}
                    onChange={(e: ChangeEvent<HTMLTextAreaElement>) => {
                      setBody(e.currentTarget.value);
                      follow(e.currentTarget.value, e.currentTarget.selectionStart);
                    }}
                    onKeyDown={(e: KeyboardEvent<HTMLTextAreaElement>) => {
                      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
                      if (e.key === 'Escape') setMention(null);
                    }}
                    onBlur={() => combobox.closeDropdown()}
                  />
                </Combobox.Target>
                <Combobox.Dropdown hidden={options.length === 0}>
                  <Combobox.Options aria-label={t`People to mention`}>
                    {options.map((p) => (
                      <Combobox.Option key={p.id} value={p.id}>
                        {p.name}
                      </Combobox.Option>
                    ))}
                  </Combobox.Options>
                </Combobox.Dropdown>
              </Combobox>
              <Group justify="space-between" gap="xs">
                <Text size="xs" c="dimmed">
                  {willNotify.length > 0 ? (
                    <Trans>Will notify {notifyNames}</Trans>
                  ) : (
                    <Trans>Ctrl+Enter posts</Trans>
                  )}
                </Text>
                <Button type="submit" leftSection={<IconMessage size={16} />} loading={add.isPending}>
                  <Trans context="button">Comment</Trans>
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </SectionCard>
  );
}
