import { Trans, useLingui } from '@lingui/react/macro';
import { Alert, Button, Card, Grid, Group, Select, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconArrowsExchange, IconCircleCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api';
import { formatDate, formatDecimal } from '@/lib/format';
import { type RateLookupParams, useRateLookup } from '../queries';

/** How the date picker shows its value (a dayjs format). */
const DATE_FORMAT = 'D MMM YYYY';

/** "Which rate applies on this date?" — the latest rate on or before it, as the server converts. */
export function RateLookupPanel({
  currencyOptions,
}: {
  currencyOptions: { value: string; label: string }[];
}) {
  const { t } = useLingui();
  const [currency, setCurrency] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(dayjs().format('YYYY-MM-DD'));
  const [params, setParams] = useState<RateLookupParams | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const lookup = useRateLookup(params);

  function look(event: FormEvent) {
    event.preventDefault();
    if (!currency) {
      setProblem(t`Choose a currency`);
      return;
    }
    setProblem(null);
    setParams({ currency, date: date ?? undefined });
  }

  const quote = lookup.data;
  const quoteTitle = quote ? `1 ${quote.currency} = ${formatDecimal(quote.rate)} ${quote.baseCurrency}` : '';
  const quoteCurrency = quote?.currency ?? '';
  const quoteDate = quote ? formatDate(quote.date) : '';
  const quoteValidOn = quote?.validOn ? formatDate(quote.validOn) : '';
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t`Rate on date`}>
      <Group gap="xs" mb={4}>
        <IconArrowsExchange size={20} stroke={1.6} color="var(--mantine-color-indigo-text)" aria-hidden />
        <Title order={2} fz="lg" fw={600}>
          <Trans>Rate on date</Trans>
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        <Trans>
          The rate documents of that date are converted with: the latest rate entered on or before it.
        </Trans>
      </Text>
      <form onSubmit={look} noValidate aria-label={t`Rate on date`}>
        <Grid gutter="sm" align="flex-start">
          <Grid.Col span={{ base: 12, sm: 5, lg: 12 }}>
            <Select
              label={t`Currency`}
              required
              searchable
              data={currencyOptions}
              value={currency}
              onChange={setCurrency}
              error={problem}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4, lg: 7 }}>
            <DatePickerInput label={t`On`} valueFormat={DATE_FORMAT} value={date} onChange={setDate} />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 3, lg: 5 }}>
            <Button type="submit" variant="light" mt={25} fullWidth loading={lookup.isFetching}>
              <Trans>Look up</Trans>
            </Button>
          </Grid.Col>
        </Grid>
      </form>
      {params && quote && !lookup.isFetching && (
        <Alert
          mt="md"
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          role="status"
          title={quoteTitle}
        >
          {quote.validOn === null ? (
            <Trans>{quoteCurrency} is the base currency.</Trans>
          ) : (
            <Trans>
              On {quoteDate}, using the rate valid from {quoteValidOn}.
            </Trans>
          )}
        </Alert>
      )}
      {params && lookup.error && !lookup.isFetching && (
        <Alert
          mt="md"
          color={isApiError(lookup.error) && lookup.error.status < 500 ? 'orange' : 'red'}
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t`No rate`}
          role="status"
        >
          {errorMessage(lookup.error)}
        </Alert>
      )}
    </Card>
  );
}
