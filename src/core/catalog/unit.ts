import { normalize } from '../shared/money';
import type { UnitRow } from './repository';

/** A unit of measure; `factor` of `baseUnitCode` make one of it. */
export type Unit = {
  code: string;
  name: string;
  decimals: number;
  baseUnitCode: string | null;
  factor: string;
  /** UN/ECE Recommendation 20 code for electronic documents; null: not set (no UBL order then). */
  uneceCode: string | null;
  version: number;
};

export function toUnit(row: UnitRow): Unit {
  return {
    code: row.code,
    name: row.name,
    decimals: row.decimals,
    baseUnitCode: row.baseUnitCode,
    factor: normalize(row.factor),
    uneceCode: row.uneceCode,
    version: row.version,
  };
}

export const UNIT_AUDITED_FIELDS: (keyof Unit)[] = [
  'code',
  'name',
  'decimals',
  'baseUnitCode',
  'factor',
  'uneceCode',
];
