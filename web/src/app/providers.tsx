import { I18nProvider, useLingui } from '@lingui/react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { meQueryKey } from '@/features/auth/queries';
import { i18n } from '@/i18n';
import { onUnauthorized } from '@/lib/api';
import { createQueryClient } from './query-client';
import { createAppTheme, cssVariablesResolver } from './theme';

/**
 * Mantine with the app's theme, made again when the language or its loaded messages change, and
 * date pickers that name months and days in the user's language (dayjs's, loaded with it).
 */
function Mantine({ children }: { children: ReactNode }) {
  // `_` is new after every change of language or messages (I18nProvider).
  const { i18n: active, _ } = useLingui();
  const theme = useMemo(() => createAppTheme(_), [_]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ firstDayOfWeek: 1, locale: active.locale }}>{children}</DatesProvider>
    </MantineProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  // A 401 from any request means the session is gone: forgetting "me" sends the guard to the login page.
  useEffect(() => onUnauthorized(() => queryClient.setQueryData(meQueryKey, null)), [queryClient]);
  return (
    <I18nProvider i18n={i18n}>
      <Mantine>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </Mantine>
    </I18nProvider>
  );
}
