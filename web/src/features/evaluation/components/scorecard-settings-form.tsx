import { GRADES, SCORE_MEASURES, ScorecardSettingsInput, type ScoreMeasure } from '@contracts/evaluation';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { SectionCard } from '@/components/detail-section';
import {
  applyServerErrors,
  contractValidator,
  FormErrorAlert,
  revealFormProblem,
} from '@/components/form-errors';
import { useLeaveGuard } from '@/components/leave-guard';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { type FieldError, isApiError } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { MEASURE_EXPLANATIONS, MEASURE_LABELS } from '../labels';
import type { ScorecardSettingsInput as Input, ScorecardSettings } from '../queries';
import { weightShares } from '../scorecard-figures';
import { GradeBadge } from './grade-badge';

type Grade = (typeof GRADES)[number];

export type ScorecardSettingsValues = {
  graceDays: number | string;
  responseDays: number | string;
  minimumOrders: number | string;
  weights: Record<ScoreMeasure, number | string>;
  gradeBands: { A: number | string; B: number | string; C: number | string };
  warnBelowGrade: Grade;
  rankingPriceWeight: number | string;
};

function valuesOf(s: ScorecardSettings): ScorecardSettingsValues {
  return {
    graceDays: s.graceDays,
    responseDays: s.responseDays,
    minimumOrders: s.minimumOrders,
    weights: Object.fromEntries(SCORE_MEASURES.map((m) => [m, s.weights[m] ?? 0])) as Record<
      ScoreMeasure,
      number
    >,
    gradeBands: { ...s.gradeBands },
    warnBelowGrade: s.warnBelowGrade,
    rankingPriceWeight: s.rankingPriceWeight,
  };
}

/** An empty field is sent as nothing, so the contract names it ("is required"), not as 0. */
const num = (v: number | string) => (v === '' ? (undefined as unknown as number) : Number(v));

export function toScorecardSettingsRequest(v: ScorecardSettingsValues): Input {
  return {
    graceDays: num(v.graceDays),
    responseDays: num(v.responseDays),
    minimumOrders: num(v.minimumOrders),
    weights: Object.fromEntries(SCORE_MEASURES.map((m) => [m, num(v.weights[m])])) as Input['weights'],
    gradeBands: { A: num(v.gradeBands.A), B: num(v.gradeBands.B), C: num(v.gradeBands.C) },
    warnBelowGrade: v.warnBelowGrade,
    rankingPriceWeight: num(v.rankingPriceWeight),
  };
}

const validateContract = contractValidator<ScorecardSettingsValues>(
  ScorecardSettingsInput,
  toScorecardSettingsRequest,
);

/** "90 to 100", "75 to 89.9", "below 60": the scores each grade covers with these bands. */
function useBandRanges(): (bands: ScorecardSettingsValues['gradeBands']) => Record<Grade, string> {
  const { t } = useLingui();
  return (bands) => {
    const a = Number(bands.A);
    const b = Number(bands.B);
    const c = Number(bands.C);
    const belowA = (a - 0.1).toFixed(1);
    const belowB = (b - 0.1).toFixed(1);
    return {
      A: t`${a} to 100`,
      B: t`${b} to ${belowA}`,
      C: t`${c} to ${belowB}`,
      D: t`below ${c}`,
    };
  };
}

export type ScorecardSettingsFormProps = {
  settings: ScorecardSettings;
  readOnly: boolean;
  /** Saves; `version` is the one the form was opened (or reloaded) with, sent as If-Match. */
  onSubmit: (request: Input, version: number) => Promise<ScorecardSettings | undefined>;
  onReload: () => Promise<ScorecardSettings | undefined>;
};

/**
 * How supplier scores are computed, each measure explained in words beside its weight: grace and
 * response days, the minimum of orders for a grade, the weights, the grade bands, the grade below
 * which a supplier is warned about, and how much price weighs when suppliers are ranked.
 */
export function ScorecardSettingsForm(props: ScorecardSettingsFormProps) {
  const { t, i18n } = useLingui();
  const [base, setBase] = useState(props.settings);
  const form = useForm<ScorecardSettingsValues>({
    mode: 'controlled',
    initialValues: valuesOf(base),
    validate: validateContract,
  });
  const leave = useLeaveGuard(() => form.isDirty());
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const stale = isApiError(error) && error.status === 412;
  const disabled = props.readOnly;
  const v = form.values;
  const bandRanges = useBandRanges();
  const numericWeights = Object.fromEntries(
    SCORE_MEASURES.map((m) => [m, Number(v.weights[m]) || 0]),
  ) as Record<ScoreMeasure, number>;
  const shares = weightShares(numericWeights);
  const total = Object.values(numericWeights).reduce((a, b) => a + b, 0);
  const rescoring = Number(v.graceDays) !== base.graceDays || Number(v.responseDays) !== base.responseDays;

  function show(settings: ScorecardSettings) {
    setBase(settings);
    const next = valuesOf(settings);
    form.setInitialValues(next);
    form.setValues(next);
    form.resetDirty(next);
    form.clearErrors();
  }

  async function submit(values: ScorecardSettingsValues) {
    setSaving(true);
    setError(null);
    setUnmatched([]);
    try {
      const saved = await leave.whileSaving(() =>
        props.onSubmit(toScorecardSettingsRequest(values), base.version),
      );
      if (saved) show(saved);
    } catch (err) {
      setError(err);
      setUnmatched(applyServerErrors(form, err));
      revealFormProblem(document.querySelector<HTMLElement>('form[data-scorecard-settings]'));
    } finally {
      setSaving(false);
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const fresh = await props.onReload();
      if (fresh) {
        show(fresh);
        setError(null);
        setUnmatched([]);
      }
    } finally {
      setReloading(false);
    }
  }

  const builtAt = base.factsBuiltAt ? formatDateTime(base.factsBuiltAt) : null;

  return (
    <form
      onSubmit={form.onSubmit(submit, () =>
        revealFormProblem(document.querySelector<HTMLElement>('form[data-scorecard-settings]')),
      )}
      noValidate
      aria-label={t`Scorecard settings`}
      data-scorecard-settings
    >
      {leave.dialog}
      <Stack gap="lg">
        {stale ? (
          <StaleRecordAlert onReload={() => void reload()} reloading={reloading} />
        ) : (
          <FormErrorAlert error={error} unmatched={unmatched} />
        )}
        {builtAt === null ? (
          <Alert
            color="blue"
            variant="light"
            icon={<IconRefresh size={18} />}
            title={t`Scores are being recomputed`}
          >
            <Trans>
              Every sent order is being scored again with the new grace or response days. Scorecards show the
              old figures until it is done, usually within a minute.
            </Trans>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            <Trans>Every sent order was last scored with these settings on {builtAt}.</Trans>
          </Text>
        )}

        <SectionCard
          title={t`Counting`}
          description={t`What counts as on time, as an answer in time, and how many orders a grade needs.`}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t`Grace days`}
              description={t`Days after the due date a delivery still counts as on time`}
              min={0}
              max={60}
              allowDecimal={false}
              readOnly={disabled}
              {...form.getInputProps('graceDays')}
            />
            <NumberInput
              label={t`Response days`}
              description={t`Days after the first send within which the supplier’s answer counts as in time`}
              min={1}
              max={60}
              allowDecimal={false}
              readOnly={disabled}
              {...form.getInputProps('responseDays')}
            />
            <NumberInput
              label={t`Minimum orders`}
              description={t`Fewer orders sent in a period: “not enough data” instead of a score and grade`}
              min={1}
              max={1000}
              allowDecimal={false}
              readOnly={disabled}
              {...form.getInputProps('minimumOrders')}
            />
          </SimpleGrid>
          {rescoring && !disabled && (
            <Text size="sm" c="orange" mt="sm">
              <Trans>
                New grace or response days change what every order counts for: all sent orders are scored
                again after saving.
              </Trans>
            </Text>
          )}
        </SectionCard>

        <SectionCard
          title={t`Measures and their weights`}
          description={t`A supplier’s score is the average of its measures, each counted by its weight. A measure with nothing to count in a period (no inspection, no rating) is left out and the others count for more. Weights need not add up to 100.`}
        >
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" layout="fixed" aria-label={t`Weights of the measures`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Trans>Measure</Trans>
                  </Table.Th>
                  <Table.Th w={130}>
                    <Trans>Weight</Trans>
                  </Table.Th>
                  <Table.Th w={110} ta="right">
                    <Trans>Share</Trans>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {SCORE_MEASURES.map((m) => {
                  const label = i18n._(MEASURE_LABELS[m]);
                  const share = shares[m];
                  return (
                    <Table.Tr key={m}>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Text size="sm" fw={600}>
                          {label}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {i18n._(MEASURE_EXPLANATIONS[m])}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <NumberInput
                          aria-label={t`Weight of ${label}`}
                          min={0}
                          max={100}
                          allowDecimal={false}
                          readOnly={disabled}
                          {...form.getInputProps(`weights.${m}`)}
                        />
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top', paddingTop: 16 }} ta="right">
                        <Text size="sm" ff="monospace">
                          {total > 0 ? `${share}%` : '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {form.errors.weights && (
            <Text size="sm" c="red" mt="xs" role="alert">
              {form.errors.weights}
            </Text>
          )}
          <Text size="sm" c="dimmed" mt="sm">
            <Trans>
              OTIF (on time and in full together) is shown beside the measures; it is not weighed a second
              time.
            </Trans>
          </Text>
        </SectionCard>

        <SectionCard
          title={t`Grades`}
          description={t`The lowest score of grades A, B and C; below C’s is D.`}
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {(['A', 'B', 'C'] as const).map((grade) => (
              <NumberInput
                key={grade}
                label={t`Grade ${grade} from`}
                description={bandRanges(v.gradeBands)[grade]}
                min={1}
                max={100}
                allowDecimal={false}
                readOnly={disabled}
                leftSection={<GradeBadge grade={grade} size="sm" />}
                leftSectionWidth={44}
                {...form.getInputProps(`gradeBands.${grade}`)}
              />
            ))}
          </SimpleGrid>
          <Group gap="xs" mt="sm" align="center">
            <GradeBadge grade="D" size="sm" />
            <Text size="sm" c="dimmed">
              {bandRanges(v.gradeBands).D}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="lg">
            <Select
              label={t`Warn about suppliers graded below`}
              description={t`Where a supplier is chosen for an order, and when the order is submitted`}
              data={GRADES.map((g) => ({ value: g, label: g }))}
              allowDeselect={false}
              readOnly={disabled}
              {...form.getInputProps('warnBelowGrade')}
            />
            <NumberInput
              label={t`Price in the ranking of suppliers (%)`}
              description={t`How much the price counts against the score when suppliers are ranked for a line; the rest is the score`}
              min={0}
              max={100}
              allowDecimal={false}
              readOnly={disabled}
              suffix="%"
              {...form.getInputProps('rankingPriceWeight')}
            />
          </SimpleGrid>
        </SectionCard>

        {!disabled && (
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => form.reset()} disabled={saving || !form.isDirty()}>
              <Trans>Discard changes</Trans>
            </Button>
            <Button type="submit" loading={saving} disabled={stale}>
              <Trans>Save settings</Trans>
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
