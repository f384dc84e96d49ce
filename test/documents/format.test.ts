import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countryName,
  formatAddressLines,
  formatInstant,
  formatMoney,
  formatPercent,
  formatQuantity,
  formatUnitPrice,
} from '../../src/documents/format';

describe('document number formatting', () => {
  it('formats money with the currency minor units and thousands separators', () => {
    expect(formatMoney('1234567.5', 2)).toBe('1,234,567.50');
    expect(formatMoney('999.995', 2)).toBe('1,000.00');
    expect(formatMoney('-1234.5', 2)).toBe('-1,234.50');
    expect(formatMoney('4500', 0)).toBe('4,500');
    expect(formatMoney('12.3456', 3)).toBe('12.346');
    expect(formatMoney('0', 2)).toBe('0.00');
  });

  it('never loses a digit, whatever the size of the amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
        fc.integer({ min: 0, max: 3 }),
        (minor, units) => {
          const negative = minor < 0n;
          const digits = (negative ? -minor : minor).toString().padStart(units + 1, '0');
          const amount = `${negative ? '-' : ''}${digits.slice(0, digits.length - units)}${units ? `.${digits.slice(-units)}` : ''}`;
          const formatted = formatMoney(amount, units);
          expect(formatted.replace(/,/g, '')).toBe(amount);
          expect(formatted).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
        },
      ),
    );
  });

  it('keeps the precision a unit price carries, at least the minor units', () => {
    expect(formatUnitPrice('0.0125', 2)).toBe('0.0125');
    expect(formatUnitPrice('12.5', 2)).toBe('12.50');
    expect(formatUnitPrice('1849.000', 2)).toBe('1,849.00');
    expect(formatUnitPrice('1500', 0)).toBe('1,500');
  });

  it('prints quantities and percentages without trailing zeros', () => {
    expect(formatQuantity('1200.000')).toBe('1,200');
    expect(formatQuantity('2.50')).toBe('2.5');
    expect(formatPercent('20.00')).toBe('20%');
    expect(formatPercent('5.5')).toBe('5.5%');
  });

  it('prints instants in UTC and keeps unparseable text as given', () => {
    expect(formatInstant('2026-03-14T11:42:00+01:00')).toBe('2026-03-14 10:42 UTC');
    expect(formatInstant('yesterday')).toBe('yesterday');
  });
});

describe('addresses', () => {
  it('names countries and orders lines by the destination convention', () => {
    expect(countryName('de')).toBe('Germany');
    expect(countryName('ZZ')).toBe('ZZ');
    expect(countryName('AA')).toBe('AA');
    expect(countryName('1A')).toBe('1A');
    const address = {
      line1: 'Industriestraße 7',
      line2: null,
      city: 'Düsseldorf',
      region: null,
      postalCode: '40231',
    };
    expect(formatAddressLines({ ...address, country: 'DE' })).toEqual([
      'Industriestraße 7',
      '40231 Düsseldorf',
      'Germany',
    ]);
    expect(
      formatAddressLines({
        line1: '1 Main St',
        line2: 'Suite 5',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      }),
    ).toEqual(['1 Main St', 'Suite 5', 'Springfield, IL 62701', 'United States']);
    expect(
      formatAddressLines({
        line1: '10 Downing St',
        line2: null,
        city: 'London',
        region: null,
        postalCode: 'SW1A 2AA',
        country: 'GB',
      }),
    ).toEqual(['10 Downing St', 'London', 'SW1A 2AA', 'United Kingdom']);
  });
});
