import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { notifications } from '@mantine/notifications';

/** The server's warnings about a saved order (a supplier on hold …), each as a notification. */
export function showOrderWarnings(
  i18n: I18n,
  order: { number: string; warnings: { code: string; message: string }[] },
) {
  const number = order.number;
  for (const w of order.warnings) {
    notifications.show({
      color: 'orange',
      title: i18n._(msg`${number}: check before sending`),
      message: w.message,
    });
  }
}
