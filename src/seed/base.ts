import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { currencies, settings } from '../db/schema';
import { ISO_CURRENCIES } from './currencies';

export const DEFAULT_NUMBER_FORMATS: Record<string, string> = {
  purchase_order: 'PO-{YYYY}-{#####}',
  requisition: 'REQ-{YYYY}-{#####}',
  goods_receipt: 'GR-{YYYY}-{#####}',
  return_to_supplier: 'RTV-{YYYY}-{#####}',
  invoice: 'INV-{YYYY}-{#####}',
  ship_notice: 'ASN-{YYYY}-{#####}',
  payment_run: 'PAY-{YYYY}-{#####}',
};

/** What every database needs whether or not it gets the demo: currencies and the settings row. */
export async function seedBase(
  db: Db,
  opts: { organisationName?: string; baseCurrency?: string } = {},
): Promise<void> {
  await db.insert(currencies).values(ISO_CURRENCIES).onConflictDoNothing();
  await db
    .insert(settings)
    .values({
      id: 1,
      organisationName: opts.organisationName ?? 'My organisation',
      baseCurrency: opts.baseCurrency ?? 'USD',
      fiscalYearStartMonth: 1,
      numberFormats: DEFAULT_NUMBER_FORMATS,
    })
    .onConflictDoNothing();
}

export async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.execute(sql`select exists(select 1 from users) as any`);
  const row = (result as unknown as { rows: { any: boolean }[] }).rows[0];
  return !row?.any;
}
