import { useDocumentTitle } from '@mantine/hooks';

export const APP_NAME = 'OpenPO';

/** Sets document.title to "<page> · OpenPO". */
export function usePageTitle(title: string | null | undefined): void {
  useDocumentTitle(title ? `${title} · ${APP_NAME}` : APP_NAME);
}
