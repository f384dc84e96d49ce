import type { Item, Unit } from '@contracts/catalog';
import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { DetailField, Muted, SectionCard } from '@/components/detail-section';
import { formatDateTime, formatPercent } from '@/lib/format';
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
  const conversion = unit ? describeUnitConversion(unit) : null;
  return (
    <SectionCard title="General">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <DetailField label="SKU">
          <Text ff="monospace" size="sm">
            {item.sku}
          </Text>
        </DetailField>
        <DetailField label="Name">{item.name}</DetailField>
        <DetailField label="Category">{categoryName}</DetailField>
        <DetailField label="Unit of measure">
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
        <DetailField label="Default tax rate">{formatPercent(item.defaultTaxRate)}</DetailField>
        <DetailField label="Inspection on receipt">
          {item.inspectionRequired ? (
            <Badge color="indigo" variant="light" radius="sm">
              Required
            </Badge>
          ) : (
            <Muted>Not required</Muted>
          )}
        </DetailField>
        <DetailField label="Created">{formatDateTime(item.createdAt)}</DetailField>
        <DetailField label="Last changed">{formatDateTime(item.updatedAt)}</DetailField>
        <DetailField label="Version">{item.version}</DetailField>
      </SimpleGrid>
    </SectionCard>
  );
}

export function ItemDescriptionCard({ item }: { item: Item }) {
  return (
    <SectionCard title="Description">
      {item.description ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.description}
        </Text>
      ) : (
        <Muted>No description.</Muted>
      )}
    </SectionCard>
  );
}
