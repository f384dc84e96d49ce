import { RATING_COMMENT_MAX_LENGTH } from '@contracts/ratings';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconStar, IconStarFilled } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { translateFieldMessage } from '@/lib/contract-messages';
import { type OrderRating, useRateOrder } from '../queries';

export type Aspect = 'delivery' | 'quality' | 'service';

/** The aspects a rating scores, as every rating view names them. */
export const ASPECT_LABELS: Record<Aspect, MessageDescriptor> = {
  delivery: msg({ message: 'Delivery', context: 'rating aspect' }),
  quality: msg({ message: 'Quality', context: 'rating aspect' }),
  service: msg({ message: 'Service', context: 'rating aspect' }),
};

/** The three aspects in the order the form asks them, with what each one means. */
const ASPECTS: { key: Aspect; label: MessageDescriptor; hint: MessageDescriptor }[] = [
  { key: 'delivery', label: ASPECT_LABELS.delivery, hint: msg`On time, complete, as announced` },
  { key: 'quality', label: ASPECT_LABELS.quality, hint: msg`What arrived, as ordered and fit for use` },
  { key: 'service', label: ASPECT_LABELS.service, hint: msg`Answers, help and how problems were handled` },
];

/** What each score means, as the form says it beside the stars. */
export const SCORE_WORDS: Record<number, MessageDescriptor> = {
  1: msg`Poor`,
  2: msg`Fair`,
  3: msg`Good`,
  4: msg`Very good`,
  5: msg`Excellent`,
};

/**
 * Five stars to choose a score from: native radio buttons (arrow keys move and choose, as in any
 * radio group), each covering its star and named for screen readers ("Delivery: 4 of 5, Very good").
 */
function StarInput({
  label,
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  labelledBy: string;
  describedBy: string;
  invalid: boolean;
}) {
  const { t, i18n } = useLingui();
  const name = useId();
  return (
    <Group
      gap={2}
      wrap="nowrap"
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      {SCORES.map((n) => {
        const word = i18n._(SCORE_WORDS[n]!);
        const Star = n <= value ? IconStarFilled : IconStar;
        return (
          <label key={n} className="openpo-star">
            <input
              className="openpo-star-input"
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={t`${label}: ${n} of 5, ${word}`}
            />
            <Star
              size={34}
              aria-hidden
              color={n <= value ? 'var(--mantine-color-yellow-filled)' : 'var(--mantine-color-dimmed)'}
            />
          </label>
        );
      })}
    </Group>
  );
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** One aspect: its label and hint, five stars and the score in words. */
function AspectInput({
  label,
  hint,
  value,
  error,
  onChange,
}: {
  label: string;
  hint: string;
  value: number;
  error?: string;
  onChange: (value: number) => void;
}) {
  const { t, i18n } = useLingui();
  const id = useId();
  const words = value > 0 ? i18n._(SCORE_WORDS[value]!) : null;
  return (
    <Stack gap={4}>
      <div>
        <Text id={`${id}-label`} fw={600} size="sm">
          {label}
        </Text>
        <Text id={`${id}-hint`} size="xs" c="dimmed">
          {hint}
        </Text>
      </div>
      <Group gap="sm" wrap="nowrap">
        <StarInput
          label={label}
          value={value}
          onChange={onChange}
          labelledBy={`${id}-label`}
          describedBy={`${id}-hint${error ? ` ${id}-error` : ''}`}
          invalid={!!error}
        />
        <Text size="sm" c={words ? undefined : 'dimmed'} aria-hidden>
          {words ?? t`Not rated`}
        </Text>
      </Group>
      {error && (
        <Text id={`${id}-error`} size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The short form of a rating: delivery, quality and service from one to five stars, a comment, and
 * whether the supplier may see the comment. The order's requesters and receivers fill it from the
 * link they were sent; its buyer when closing it (the close-out evaluation).
 */
export function RatingForm({
  orderId,
  submitLabel,
  onRated,
  onDirtyChange,
  secondary,
}: {
  orderId: string;
  submitLabel?: string;
  onRated: (rating: OrderRating) => void;
  /** Told whether anything was chosen or typed (for the guards against losing it). */
  onDirtyChange?: (dirty: boolean) => void;
  /** A second button beside the submit button (Skip, Cancel). */
  secondary?: ReactNode;
}) {
  const { t, i18n } = useLingui();
  const rate = useRateOrder(orderId);
  const [scores, setScores] = useState<Record<Aspect, number>>({ delivery: 0, quality: 0, service: 0 });
  const [comment, setComment] = useState('');
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const dirty = comment.trim() !== '' || Object.values(scores).some((v) => v > 0);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing = Object.fromEntries(
      ASPECTS.filter((a) => scores[a.key] === 0).map((a) => [a.key, t`Choose from 1 to 5 stars.`]),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      const rating = await rate.mutateAsync({
        ...scores,
        comment: comment.trim() || null,
        shared: comment.trim() !== '' && shared,
      });
      onRated(rating);
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(err.fieldErrors.map((f) => [f.path, translateFieldMessage(f.message)])));
        setProblem(t`Some fields need another look.`);
      } else setProblem(errorMessage(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t`Rating`}>
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert">
            {problem}
          </Alert>
        )}
        {ASPECTS.map((a) => (
          <AspectInput
            key={a.key}
            label={i18n._(a.label)}
            hint={i18n._(a.hint)}
            value={scores[a.key]}
            error={errors[a.key]}
            onChange={(value) => {
              setScores((s) => ({ ...s, [a.key]: value }));
              setErrors(({ [a.key]: _, ...rest }) => rest);
            }}
          />
        ))}
        <Textarea
          label={t`Comment (optional)`}
          description={t`What went well, what should change.`}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={RATING_COMMENT_MAX_LENGTH}
          value={comment}
          error={errors.comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Checkbox
          label={t`Share the comment with the supplier`}
          description={t`Shared comments may be shown to the supplier with its scorecard; the stars count either way.`}
          checked={shared}
          disabled={comment.trim() === ''}
          onChange={(e) => setShared(e.currentTarget.checked)}
        />
        <Group justify="flex-end" gap="sm">
          {secondary}
          <Button type="submit" loading={rate.isPending}>
            {submitLabel ?? <Trans>Send rating</Trans>}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
