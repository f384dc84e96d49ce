import type { ApprovalRoute } from '@contracts/approvals';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Badge, Group, List, Paper, Stack, Text, Timeline } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconMessageCircleExclamation,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Muted, SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDateTime } from '@/lib/format';

type Step = ApprovalRoute['steps'][number];
type Decision = Step['decisions'][number];

const STATUS: Record<
  Step['status'],
  { label: MessageDescriptor; color: string; icon: typeof IconCircleCheck }
> = {
  pending: { label: msg`Pending`, color: 'yellow', icon: IconCircleDashed },
  approved: { label: msg`Approved`, color: 'green', icon: IconCircleCheck },
  rejected: { label: msg`Rejected`, color: 'red', icon: IconCircleX },
  changes_requested: { label: msg`Changes requested`, color: 'orange', icon: IconMessageCircleExclamation },
  skipped: { label: msg`Skipped`, color: 'gray', icon: IconPlayerSkipForward },
};

const MODE_LABELS: Record<Step['mode'], MessageDescriptor> = {
  any: msg`any one approver`,
  all: msg`all approvers`,
};

const DECISION: Record<Decision['decision'], { label: MessageDescriptor; color: string }> = {
  approved: { label: msg`Approved`, color: 'green' },
  rejected: { label: msg`Rejected`, color: 'red' },
  changes_requested: { label: msg`Changes requested`, color: 'orange' },
};

function DecisionLine({ decision: d }: { decision: Decision }) {
  const { i18n } = useLingui();
  const decision = (
    <Text span fw={500} c={DECISION[d.decision].color}>
      {i18n._(DECISION[d.decision].label)}
    </Text>
  );
  const actor = d.actorName;
  const behalfOf = d.onBehalfOfName;
  return (
    <List.Item>
      <Text size="sm" span>
        {behalfOf ? (
          <Trans>
            {decision} by {actor} on behalf of {behalfOf}
          </Trans>
        ) : (
          <Trans>
            {decision} by {actor}
          </Trans>
        )}
        <Text span c="dimmed">
          {' '}
          · {formatDateTime(new Date(d.at))}
        </Text>
      </Text>
      {d.comment && (
        <Text size="sm" c="dimmed" fs="italic">
          “{d.comment}”
        </Text>
      )}
    </List.Item>
  );
}

function StepBody({ step, preview }: { step: Step; preview: boolean }) {
  const { t, i18n } = useLingui();
  const status = STATUS[step.status];
  const level = step.level;
  const stepName = step.name;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {step.name}
        </Text>
        <Badge size="sm" variant="light" color="gray" radius="sm">
          <Trans>level {level}</Trans>
        </Badge>
        {!preview && (
          <Badge size="sm" variant="light" color={status.color} radius="sm">
            {i18n._(status.label)}
          </Badge>
        )}
      </Group>
      <Text size="sm">{step.explanation}</Text>
      <Text size="sm" c="dimmed">
        {step.approvers.length ? step.approvers.map((a) => a.name).join(', ') : t`No approver found`} —{' '}
        {i18n._(MODE_LABELS[step.mode])}
      </Text>
      {step.decisions.length > 0 && (
        <List size="sm" spacing={2} mt={2} aria-label={t`Decisions of ${stepName}`}>
          {step.decisions.map((d) => (
            <DecisionLine key={`${d.actorUserId}-${d.at}`} decision={d} />
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The steps a document goes (or would go) through, why each applies, who decides and what they decided. */
export function ApprovalRouteView({ route }: { route: ApprovalRoute }) {
  const { t } = useLingui();
  const preview = route.kind === 'preview';
  const policyName = route.policy?.name;
  return (
    <Stack gap="md">
      {preview && (
        <Alert color="blue" variant="light" title={t`Preview`}>
          <Trans>
            This is what submitting the document now would do. The route is fixed when it is submitted.
          </Trans>
        </Alert>
      )}
      <Text size="sm">
        {route.explanation}
        {route.policy && !route.explanation.includes(route.policy.name) && (
          <Text span c="dimmed">
            {' '}
            <Trans>(policy: {policyName})</Trans>
          </Text>
        )}
      </Text>
      {route.problems.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t`Cannot be submitted yet`}
        >
          <List size="sm">
            {route.problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {route.steps.length === 0 ? (
        <Muted>
          <Trans>No approval step applies.</Trans>
        </Muted>
      ) : (
        <Paper withBorder={false}>
          <Timeline bulletSize={24} lineWidth={2} active={-1}>
            {route.steps.map((step, i) => {
              const Icon = STATUS[step.status].icon;
              return (
                <Timeline.Item
                  key={step.id ?? `${step.level}-${i}`}
                  bullet={<Icon size={14} />}
                  color={preview ? 'blue' : STATUS[step.status].color}
                >
                  <StepBody step={step} preview={preview} />
                </Timeline.Item>
              );
            })}
          </Timeline>
        </Paper>
      )}
    </Stack>
  );
}

/**
 * The "Approval route" card of a requisition or purchase order page. `notices`: what an approver
 * reading the route should know about the document first (an order's low-grade supplier), at the
 * top of the card.
 */
export function ApprovalRouteCard({
  route,
  isPending,
  error,
  onRetry,
  notices,
}: {
  route: ApprovalRoute | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
  notices?: ReactNode;
}) {
  const { t } = useLingui();
  return (
    <SectionCard
      title={t`Approval route`}
      description={
        route?.kind === 'preview'
          ? t`Who will approve once submitted, and why.`
          : t`Who approves, in which order, and why.`
      }
    >
      {notices && (
        <Stack gap="sm" mb="md">
          {notices}
        </Stack>
      )}
      {route ? (
        <ApprovalRouteView route={route} />
      ) : error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : isPending ? (
        <LoadingState />
      ) : null}
    </SectionCard>
  );
}
