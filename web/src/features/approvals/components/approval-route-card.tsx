import type { ApprovalRoute } from '@contracts/approvals';
import { Alert, Badge, Group, List, Paper, Stack, Text, Timeline } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconMessageCircleExclamation,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import { Muted, SectionCard } from '@/components/detail-section';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDateTime } from '@/lib/format';

type Step = ApprovalRoute['steps'][number];
type Decision = Step['decisions'][number];

const STATUS: Record<Step['status'], { label: string; color: string; icon: typeof IconCircleCheck }> = {
  pending: { label: 'Pending', color: 'yellow', icon: IconCircleDashed },
  approved: { label: 'Approved', color: 'green', icon: IconCircleCheck },
  rejected: { label: 'Rejected', color: 'red', icon: IconCircleX },
  changes_requested: { label: 'Changes requested', color: 'orange', icon: IconMessageCircleExclamation },
  skipped: { label: 'Skipped', color: 'gray', icon: IconPlayerSkipForward },
};

const MODE_LABELS: Record<Step['mode'], string> = {
  any: 'any one approver',
  all: 'all approvers',
};

const DECISION: Record<Decision['decision'], { label: string; color: string }> = {
  approved: { label: 'Approved', color: 'green' },
  rejected: { label: 'Rejected', color: 'red' },
  changes_requested: { label: 'Changes requested', color: 'orange' },
};

function DecisionLine({ decision: d }: { decision: Decision }) {
  return (
    <List.Item>
      <Text size="sm" span>
        <Text span fw={500} c={DECISION[d.decision].color}>
          {DECISION[d.decision].label}
        </Text>{' '}
        by {d.actorName}
        {d.onBehalfOfName && ` on behalf of ${d.onBehalfOfName}`}
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
  const status = STATUS[step.status];
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {step.name}
        </Text>
        <Badge size="sm" variant="light" color="gray" radius="sm">
          level {step.level}
        </Badge>
        {!preview && (
          <Badge size="sm" variant="light" color={status.color} radius="sm">
            {status.label}
          </Badge>
        )}
      </Group>
      <Text size="sm">{step.explanation}</Text>
      <Text size="sm" c="dimmed">
        {step.approvers.length ? step.approvers.map((a) => a.name).join(', ') : 'No approver found'} —{' '}
        {MODE_LABELS[step.mode]}
      </Text>
      {step.decisions.length > 0 && (
        <List size="sm" spacing={2} mt={2} aria-label={`Decisions of ${step.name}`}>
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
  const preview = route.kind === 'preview';
  return (
    <Stack gap="md">
      {preview && (
        <Alert color="blue" variant="light" title="Preview">
          This is what submitting the document now would do. The route is fixed when it is submitted.
        </Alert>
      )}
      <Text size="sm">
        {route.explanation}
        {route.policy && !route.explanation.includes(route.policy.name) && (
          <Text span c="dimmed">
            {' '}
            (policy: {route.policy.name})
          </Text>
        )}
      </Text>
      {route.problems.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Cannot be submitted yet"
        >
          <List size="sm">
            {route.problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {route.steps.length === 0 ? (
        <Muted>No approval step applies.</Muted>
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

/** The "Approval route" card of a requisition or purchase order page. */
export function ApprovalRouteCard({
  route,
  isPending,
  error,
  onRetry,
}: {
  route: ApprovalRoute | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  return (
    <SectionCard
      title="Approval route"
      description={
        route?.kind === 'preview'
          ? 'Who will approve once submitted, and why.'
          : 'Who approves, in which order, and why.'
      }
    >
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
