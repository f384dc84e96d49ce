import { notifications } from '@mantine/notifications';

/** The server's warnings about a saved order (a supplier on hold …), each as a notification. */
export function showOrderWarnings(order: { number: string; warnings: { code: string; message: string }[] }) {
  for (const w of order.warnings) {
    notifications.show({
      color: 'orange',
      title: `${order.number}: check before sending`,
      message: w.message,
    });
  }
}
