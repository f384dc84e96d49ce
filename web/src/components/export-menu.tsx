import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadFile, errorMessage } from '@/lib/api';

type QueryValue = string | number | boolean | null | undefined;

/**
 * "Export" on a list: the rows under the list's current filters, as CSV or as an Excel workbook
 * (dates and amounts typed), downloaded from the list's `/export` (docs/web-app.md#exports).
 */
export function ExportMenu({
  path,
  filter,
  fileStem,
}: {
  /** The list's API path, e.g. `/purchase-orders`. */
  path: string;
  filter: Record<string, QueryValue>;
  fileStem: string;
}) {
  const { t } = useLingui();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      await downloadFile(`${path}/export`, {
        query: { ...filter, format },
        fileName: `${fileStem}.${format}`,
        accept:
          format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    } catch (err) {
      notifications.show({ color: 'red', title: t`The export failed`, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
        >
          <Trans>Export</Trans>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Trans>The rows under these filters</Trans>
        </Menu.Label>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void download('xlsx')}>
          <Trans>Excel workbook (.xlsx)</Trans>
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void download('csv')}>
          <Trans>CSV (.csv)</Trans>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
