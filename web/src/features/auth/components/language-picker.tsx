import { Trans, useLingui } from '@lingui/react/macro';
import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  activateLanguage,
  browserLanguage,
  currentLanguage,
  defaultLocale,
  followAccount,
  isLanguage,
  LANGUAGES,
  type Language,
  SUGGESTED_LOCALES,
} from '@/i18n';
import { isApiError } from '@/lib/api';
import { formatDate, formatLocale, formatMoney } from '@/lib/format';
import { type Me, useUpdatePreferences } from '../queries';

/** The user's language and the locale of dates, numbers and money: kept on their account. */
export function LanguagePicker({ me }: { me: Me }) {
  const { t, i18n } = useLingui();
  const update = useUpdatePreferences();
  const language = me.user.language ?? currentLanguage();
  const browser = browserLanguage();
  const browserLanguageName = LANGUAGES.find((l) => l.code === browser)?.name ?? browser;
  const browserDefault = '';
  const localeNames = (() => {
    try {
      return new Intl.DisplayNames([i18n.locale], { type: 'language' });
    } catch {
      return null;
    }
  })();
  const browserLocale = localeNames?.of(defaultLocale(language)) ?? defaultLocale(language);
  const localeOptions = [
    { value: browserDefault, label: t`As my browser (${browserLocale})` },
    ...SUGGESTED_LOCALES.map((tag) => ({ value: tag, label: localeNames?.of(tag) ?? tag })).sort((a, b) =>
      a.label.localeCompare(b.label, i18n.locale),
    ),
  ];

  const save = async (input: { language?: Language | null; locale?: string | null }) => {
    try {
      const next = await update.mutateAsync(input);
      // "As my browser" shows the browser's language again; otherwise the account's.
      if (input.language === null) await activateLanguage(browser, { locale: next.user.locale });
      else await followAccount(next.user);
      notifications.show({ color: 'green', message: t`Your preferences are saved.` });
    } catch (err) {
      notifications.show({
        color: 'red',
        title: t`Not saved`,
        message: isApiError(err) && err.detail ? err.detail : t`Try again in a moment.`,
      });
    }
  };

  const example = `${formatDate('2026-12-04')} · ${formatMoney('1234.5', 'EUR')}`;
  return (
    <Stack gap={6}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={640}>
        <Select
          label={t`Language`}
          description={t`Of this app and of the e-mails and documents sent to you.`}
          data={[
            { value: browserDefault, label: t`As my browser (${browserLanguageName})` },
            ...LANGUAGES.map((l) => ({ value: l.code, label: l.name })),
          ]}
          value={me.user.language ?? browserDefault}
          allowDeselect={false}
          disabled={update.isPending}
          onChange={(value) => {
            const chosen = isLanguage(value) ? value : null;
            if (value !== null && chosen !== me.user.language) void save({ language: chosen });
          }}
        />
        <Select
          label={t`Dates, numbers and money`}
          description={t`How they are written for you.`}
          data={localeOptions}
          value={me.user.locale ?? browserDefault}
          allowDeselect={false}
          searchable
          disabled={update.isPending}
          onChange={(value) => {
            if (value === null) return;
            const locale = value === browserDefault ? null : value;
            if (locale !== me.user.locale) void save({ locale });
          }}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" data-testid="locale-example" lang={formatLocale()}>
        <Trans>For example: {example}</Trans>
      </Text>
    </Stack>
  );
}
