import { describe, expect, it } from 'vitest';
import { countryName, formatAddressLines, formatMoney } from '../../src/documents/format';
import {
  addressLines,
  addressOneLine,
  formatDecimalText,
  formatMoneyText,
} from '../../src/domain/formatting';

/**
 * One formatter for amounts and addresses, used by the web pages, the PDF order and the e-mails:
 * the page and the document it prints write them alike.
 */
const english = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
const german = (code: string) => new Intl.DisplayNames(['de'], { type: 'region' }).of(code) ?? code;

describe('addresses', () => {
  const oakland = {
    line1: '400 Harbor Boulevard',
    line2: null,
    city: 'Oakland',
    region: 'CA',
    postalCode: '94607',
    country: 'US',
  };
  const berlin = {
    line1: 'Hauptstraße 5',
    line2: '3. OG',
    city: 'Berlin',
    region: null,
    postalCode: '10115',
    country: 'de',
  };
  const london = { line1: '1 Kemble Street', city: 'London', postalCode: 'WC2B 4AN', country: 'GB' };

  it('prints an address in its country’s order, the country in the reader’s language', () => {
    expect(addressLines(oakland, english)).toEqual([
      '400 Harbor Boulevard',
      'Oakland, CA 94607',
      'United States',
    ]);
    expect(addressLines(berlin, german)).toEqual(['Hauptstraße 5', '3. OG', '10115 Berlin', 'Deutschland']);
    expect(addressLines(london, english)).toEqual([
      '1 Kemble Street',
      'London',
      'WC2B 4AN',
      'United Kingdom',
    ]);
    expect(addressOneLine(oakland, english)).toBe('400 Harbor Boulevard, Oakland, CA 94607, United States');
  });

  it('leaves out what is not given, never printing an empty line or a stray comma', () => {
    expect(addressLines({ line1: 'Depot 4', city: 'Lyon', country: 'FR' }, english)).toEqual([
      'Depot 4',
      'Lyon',
      'France',
    ]);
    expect(
      addressLines(
        { line1: 'PO Box 12', city: 'Austin', region: '', postalCode: null, country: 'US' },
        english,
      ),
    ).toEqual(['PO Box 12', 'Austin', 'United States']);
  });

  it('is the formatter of the PDF order', () => {
    for (const address of [oakland, berlin, london]) {
      expect(formatAddressLines(address)).toEqual(addressLines(address, countryName));
    }
  });
});

/** Intl separates number and currency with a no-break space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('amounts', () => {
  it('writes money exactly, in the reader’s locale, with symbol or code', () => {
    expect(formatMoneyText('31200', 'USD', { locale: 'en-US' })).toBe('$31,200.00');
    expect(plain(formatMoneyText('31200', 'USD', { locale: 'de-DE', display: 'code' }))).toBe(
      '31.200,00 USD',
    );
    expect(plain(formatMoneyText('1234.5', 'EUR', { locale: 'de-DE' }))).toBe('1.234,50 €');
    expect(formatMoneyText('1234.5', 'JPY', { locale: 'en' })).toBe('¥1,235');
    expect(formatMoneyText('12345678901234567.125', 'EUR', { locale: 'en' })).toBe(
      '€12,345,678,901,234,567.13',
    );
    expect(formatMoneyText('-0.005', 'USD', { locale: 'en' })).toBe('-$0.01');
  });

  it('writes a code it does not know after the number', () => {
    expect(formatMoneyText('1234.5', 'XQZ1', { locale: 'en' })).toBe('1,234.50 XQZ1');
  });

  it('is the formatter of the PDF order and the e-mails', () => {
    expect(formatMoney('1234567.5', 2)).toBe(
      formatMoneyText('1234567.5', 'USD', { locale: 'en', display: 'none', minorUnits: 2 }),
    );
    expect(formatMoney('1234567.5', 2, 'de')).toBe('1.234.567,50');
  });

  it('keeps the digits a decimal carries', () => {
    expect(formatDecimalText('0.0125', { locale: 'en' })).toBe('0.0125');
    expect(formatDecimalText('1200.000', { locale: 'en' })).toBe('1,200');
    expect(formatDecimalText('2.50', { locale: 'de' })).toBe('2,5');
    expect(formatDecimalText('12.5', { locale: 'en', minFractionDigits: 2 })).toBe('12.50');
  });
});
