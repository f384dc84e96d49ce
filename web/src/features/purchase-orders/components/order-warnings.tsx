import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconChartBar } from '@tabler/icons-react';
import { Link } from 'react-router';

/** A warning an order carries (`order.warnings`): a code and the server's sentence. */
export type OrderWarning = { code: string; message: string };

/** The warning an order keeps when its supplier was graded below the settings' warning grade at submit. */
export const GRADE_WARNING = 'supplier_grade_low';

const WARNINGS: Record<string, { title: MessageDescriptor; color: string; icon: typeof IconBan }> = {
  supplier_blocked: { title: msg`Supplier blocked`, color: 'red', icon: IconBan },
  supplier_on_hold: { title: msg`Supplier on hold`, color: 'orange', icon: IconAlertTriangle },
  [GRADE_WARNING]: {
    title: msg`Supplier graded below the warning grade`,
    color: 'orange',
    icon: IconChartBar,
  },
};

const OTHER = { title: msg`Check before ordering`, color: 'orange', icon: IconAlertTriangle };

/**
 * One of an order's warnings, titled by its code; the grade warning links the supplier's scorecard
 * (docs/evaluation.md#choosing-a-supplier).
 */
export function OrderWarningAlert({ warning, supplierId }: { warning: OrderWarning; supplierId: string }) {
  const { i18n } = useLingui();
  const { title, color, icon: Icon } = WARNINGS[warning.code] ?? OTHER;
  return (
    <Alert color={color} variant="light" icon={<Icon size={18} />} title={i18n._(title)}>
      <Text size="sm">{warning.message}</Text>
      {warning.code === GRADE_WARNING && (
        <Anchor
          component={Link}
          to={`/suppliers/${supplierId}#scorecard`}
          size="sm"
          mt={4}
          display="inline-block"
        >
          <Trans>Open the supplier’s scorecard</Trans>
        </Anchor>
      )}
    </Alert>
  );
}
