import type { Item, Unit } from '@contracts/catalog';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { formatDateTime, formatPercent } from '@/lib/format';
import { defaultTaxCategory, taxCategoryName } from '@/lib/tax-categories';
import { describeUnitConversion } from '../catalog-format';

/** An item's fields: identity, category, unit (with its conversion), tax, inspection and dates. */
export function ItemGeneralCard({
  item,
  categoryName,
  unit,
}: {
  item: Item;
  categoryName: string;
  unit?: Unit;
}) {
  const { t, i18n } = useLingui();
  const taxCategory = item.defaultTaxCategory ?? defaultTaxCategory(item.defaultTaxRate);
  const conversion = unit ? describeUnitConversion(unit) : null;
  return (
    <SectionCard title={t`General`}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <DetailField label={t`SKU`}>
          <Text ff="monospace" size="sm">
            {item.sku}
          </Text>
        </DetailField>
        <DetailField label={t`Name`}>{item.name}</DetailField>
        <DetailField label={t`Category`}>{categoryName}</DetailField>
        <DetailField label={t`Unit of measure`}>
          <Group gap={6}>
            <Badge variant="outline" color="gray" radius="sm" tt="none" ff="monospace">
              {item.unitCode}
            </Badge>
            {unit && <Text size="sm">{unit.name}</Text>}
          </Group>
          {conversion && (
            <Text size="xs" c="dimmed" mt={2}>
              {conversion}
            </Text>
          )}
        </DetailField>
        <DetailField label={t`Default tax rate`}>
          {formatPercent(item.defaultTaxRate)}
          {' · '}
          {`${taxCategory} — ${taxCategoryName(i18n, taxCategory)}`}
        </DetailField>
        <DetailField label={t`Inspection on receipt`}>
          {item.inspectionRequired ? (
            <Badge color="indigo" variant="light" radius="sm">
              <Trans>Required</Trans>
            </Badge>
          ) : (
            <Muted>
              <Trans>Not required</Trans>
            </Muted>
          )}
        </DetailField>
        <DetailField label={t`Received as`}>
          {item.service ? (
            <Badge color="grape" variant="light" radius="sm">
              <Trans>Service: confirmed by amount or % complete</Trans>
            </Badge>
          ) : (
            <Muted>
              <Trans>Goods: received at the dock</Trans>
            </Muted>
          )}
        </DetailField>
        <DetailField label={t`Created`}>{formatDateTime(item.createdAt)}</DetailField>
        <DetailField label={t`Last changed`}>{formatDateTime(item.updatedAt)}</DetailField>
        <DetailField label={t`Version`}>{item.version}</DetailField>
      </SimpleGrid>
    </SectionCard>
  );
}

export function ItemDescriptionCard({ item }: { item: Item }) {
  const { t } = useLingui();
  return (
    <SectionCard title={t`Description`}>
      {item.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.description}
        </Text>
      ) : (
        <Muted>
          <Trans>No description.</Trans>
        </Muted>
      )}
    </SectionCard>
  );
}
