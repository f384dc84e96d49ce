import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { client, errorMessage, saveDownload } from '@/lib/api';
import type { paths } from '@/lib/api-schema';

type QueryValue = string | number | boolean | null | undefined;

/** Every list the API exports (`GET …/export`), by the list's own path, e.g. `/purchase-orders`. */
type ExportPath = Extract<keyof paths, `/api/v1${string}/export`>;
export type ExportableList = ExportPath extends `/api/v1${infer List}/export` ? List : never;

const MEDIA_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

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
  path: ExportableList;
  filter: Record<string, QueryValue>;
  fileStem: string;
}) {
  const { t } = useLingui();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const exportPath = `/api/v1${path}/export` as ExportPath;
      await saveDownload(
        () =>
          client.GET(exportPath, {
            // Each list has its own filters; the page hands over the ones it shows.
            params: { query: { ...filter, format } } as never,
            parseAs: 'blob',
            headers: { accept: `${MEDIA_TYPES[format]}, application/problem+json` },
          }),
        `${fileStem}.${format}`,
      );
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
