import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartHeight,
  multiplyDecimal,
  percentOf,
  subtractDecimal,
  sumDecimal,
  wholePercent,
} from '../../web/src/lib/money';

/**
 * The web app never turns an amount or a quantity into a JS number: money is added, subtracted and
 * compared exactly with the decimal module the server uses (web/src/lib/money.ts, where a chart's
 * bar height is the one number drawn from an amount).
 */
const WEB = path.resolve(import.meta.dirname, '../../web/src');
/** Words that name amounts and quantities in OpenPO's documents and contracts. */
const MONEY_WORDS =
  /amount|total|price|cost|committed|actual|available|budget|rate|quantit|percent|factor|tax|discount|spend|base/i;
const TO_NUMBER = /\b(?:Number|parseFloat|Number\.parseFloat|parseInt|Number\.parseInt)\(([^()]*)\)/g;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe('money in the web app', () => {
  it('is never converted to a JS number', () => {
    const found: string[] = [];
    for (const file of sources(WEB)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(TO_NUMBER)) {
        if (MONEY_WORDS.test(m[1] ?? '')) {
          const line = text.slice(0, m.index).split('\n').length;
          found.push(`${path.relative(WEB, file)}:${line}: ${m[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the check itself finds an amount turned into a number', () => {
    const sample = 'const used = Number(b.committed) + Number(b.actual);';
    const hits = [...sample.matchAll(TO_NUMBER)].filter((m) => MONEY_WORDS.test(m[1] ?? ''));
    expect(hits).toHaveLength(2);
  });

  it('adds, subtracts and measures shares exactly', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in JS numbers.
    expect(sumDecimal('0.1', '0.2')).toBe('0.3');
    expect(sumDecimal('29480.88', '0.12', '-0.01')).toBe('29480.99');
    expect(subtractDecimal('31838.81', '31838.8')).toBe('0.01');
    expect(percentOf('25', '100')).toBe(25);
    expect(percentOf('150', '100')).toBe(100);
    expect(percentOf('-5', '100')).toBe(0);
    expect(percentOf('5', '0')).toBe(0);
    expect(wholePercent('130.4', '100')).toBe(130);
    expect(wholePercent('1', '0')).toBeNull();
    expect(multiplyDecimal('2.5', '19.99')).toBe('49.975');
    expect(multiplyDecimal('0.1', '3')).toBe('0.3');
    expect(chartHeight('1234.5')).toBe(1234.5);
  });
});
