import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { canonicalJson, diff, entryHash } from '../../src/core/shared/audit';
import { newId, UUID_RE } from '../../src/core/shared/ids';
import { compare, dec, normalize, roundTo, scaleOf } from '../../src/core/shared/money';
import { decodeCursor, encodeCursor, likeEscape, pageOf } from '../../src/core/shared/pagination';
import { permissionsFor, ROLE_PERMISSIONS, ROLES } from '../../src/core/shared/permissions';
import { databaseOptions } from '../../src/db/client';

describe('money', () => {
  it('rounds half away from zero', () => {
    expect(roundTo('2.345', 2)).toBe('2.35');
    expect(roundTo('-2.345', 2)).toBe('-2.35');
    expect(roundTo('2.344', 2)).toBe('2.34');
    expect(roundTo('0.5', 0)).toBe('1');
    expect(roundTo('-0.5', 0)).toBe('-1');
    expect(roundTo('1', 3)).toBe('1.000');
  });

  it('is exact where floats are not', () => {
    expect(dec('0.1').plus('0.2').toFixed()).toBe('0.3');
    expect(roundTo(dec('1.005').times('1000'), 2)).toBe('1005.00');
    expect(roundTo('1.005', 2)).toBe('1.01');
  });

  it('knows scale, normal form and order', () => {
    expect(scaleOf('1.500')).toBe(3);
    expect(scaleOf('12')).toBe(0);
    expect(normalize('1.500')).toBe('1.5');
    expect(compare('10.0', '9.99')).toBe(1);
  });

  it('rounding never moves a value by more than half a unit of the last place (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 4 }),
        (units, places) => {
          const value = dec(units.toString()).dividedBy(1_000_000);
          const rounded = dec(roundTo(value, places));
          const half = dec(1).dividedBy(dec(10).pow(places)).dividedBy(2);
          expect(rounded.minus(value).abs().lessThanOrEqualTo(half)).toBe(true);
          expect(scaleOf(roundTo(value, places))).toBe(places);
        },
      ),
    );
  });
});

describe('ids', () => {
  it('makes time-ordered UUIDv7s', () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    expect(a).toMatch(UUID_RE);
    expect(a[14]).toBe('7');
    expect(a < b).toBe(true);
  });
});

describe('pagination', () => {
  it('round-trips cursors and rejects garbage with a field error', () => {
    const c = encodeCursor({ k: 'Acme', id: 'x' });
    expect(decodeCursor(c)).toEqual({ k: 'Acme', id: 'x' });
    expect(() => decodeCursor('nonsense')).toThrow(/cursor/);
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('returns a cursor only when there are more rows', () => {
    expect(pageOf([1, 2], 2, (n) => ({ k: n, id: String(n) })).nextCursor).toBeNull();
    const page = pageOf([1, 2, 3], 2, (n) => ({ k: n, id: String(n) }));
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ k: 2, id: '2' });
  });

  it('escapes LIKE wildcards', () => {
    expect(likeEscape('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});

describe('audit hashing', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('changes when any field changes', () => {
    const base = {
      at: new Date('2026-01-01T00:00:00Z'),
      actorId: null,
      actorName: 'A',
      entityType: 'supplier',
      entityId: '1',
      action: 'create',
      changes: { x: { before: null, after: 1 } },
      reason: null,
    };
    const h = entryHash(base);
    expect(entryHash({ ...base, actorName: 'B' })).not.toBe(h);
    expect(entryHash({ ...base, reason: 'why' })).not.toBe(h);
    expect(entryHash({ ...base, at: new Date('2026-01-01T00:00:00.001Z') })).not.toBe(h);
    expect(entryHash({ ...base, changes: { x: { before: null, after: 2 } } })).not.toBe(h);
    // A new entry hashes its content only; an entry from before sealing existed also its predecessor's hash.
    expect(entryHash({ ...base, prevHash: null })).toBe(h);
    expect(entryHash({ ...base, prevHash: '0'.repeat(64) })).not.toBe(h);
    expect(entryHash({ ...base, prevHash: '1'.repeat(64) })).not.toBe(
      entryHash({ ...base, prevHash: '0'.repeat(64) }),
    );
  });

  it('verifies entries written before sealing existed, hashed by the database around their predecessor', () => {
    fc.assert(
      fc.property(
        fc.record({
          actorId: fc.option(fc.uuid()),
          actorName: fc.string(),
          entityType: fc.string(),
          entityId: fc.string(),
          action: fc.string(),
          changes: fc.dictionary(fc.string(), fc.record({ before: fc.jsonValue(), after: fc.jsonValue() })),
          reason: fc.option(fc.string()),
          prevHash: fc.stringMatching(/^[0-9a-f]{64}$/),
        }),
        (e) => {
          const at = new Date('2026-03-01T12:00:00.123Z');
          // What audit_chain_head()'s writers hashed: the canonical text split around prevHash.
          const before = canonicalJson({
            ...e,
            at: at.toISOString(),
            prevHash: undefined,
            reason: undefined,
          });
          const legacyText = `${before.slice(0, -1)},"prevHash":"${e.prevHash}","reason":${canonicalJson(e.reason)}}`;
          const stored = createHash('sha256').update(legacyText).digest('hex');
          expect(entryHash({ ...e, at })).toBe(stored);
        },
      ),
    );
  });

  it('diffs only the listed fields that changed', () => {
    expect(diff({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], c: 'y' }, ['a', 'b'])).toEqual({
      b: { before: [1], after: [2] },
    });
    expect(diff(null, { a: 1 }, ['a'])).toEqual({ a: { before: null, after: 1 } });
  });
});

describe('permissions', () => {
  it('gives admin everything and auditor nothing that writes', () => {
    expect(permissionsFor(['admin']).size).toBeGreaterThanOrEqual(ROLE_PERMISSIONS.admin.length);
    for (const p of permissionsFor(['auditor'])) expect(p.endsWith(':write')).toBe(false);
  });

  it('gives every role of the organisation read access to master data and own tokens; a supplier only the portal', () => {
    expect([...permissionsFor(['supplier'])].sort()).toEqual([
      'notifications:own',
      'portal:use',
      'tokens:own',
    ]);
    for (const role of ROLES.filter((r) => r !== 'supplier')) {
      const set = permissionsFor([role]);
      expect(set.has('suppliers:read')).toBe(true);
      expect(set.has('tokens:own')).toBe(true);
    }
  });
});

describe('configuration', () => {
  it('has defaults that start the embedded database on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.databasePoolSize).toBe(10);
    expect(c.demo).toBe(true);
    expect(c.baseUrl).toBe('http://localhost:3000');
    expect(c.secureCookies).toBe(false);
  });

  it('stops with a message naming each bad variable and what it expects', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', OPENPO_DEMO: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT="eighty": expected a whole number/);
    expect(message).toMatch(/DATABASE_URL="mysql:\/\/x": expected a postgres:\/\//);
    expect(message).toMatch(/OPENPO_DEMO="maybe"/);
  });

  it('takes the PostgreSQL pool size as a whole number of connections, 1 or more', () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: '32' }).databasePoolSize).toBe(32);
    for (const bad of ['0', '-2', '2.5', 'many']) {
      expect(() => loadConfig({ DATABASE_POOL_SIZE: bad })).toThrow(
        new RegExp(`DATABASE_POOL_SIZE="${bad}": expected a whole number of connections, 1 or more`),
      );
    }
  });

  it('moves the clock for tests only on the embedded database', () => {
    expect(loadConfig({}).testClock).toBe(false);
    expect(loadConfig({ OPENPO_TEST_CLOCK: '1' }).testClock).toBe(true);
    expect(() =>
      loadConfig({ OPENPO_TEST_CLOCK: '1', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/openpo' }),
    ).toThrow(/OPENPO_TEST_CLOCK: a testing aid for the embedded database only/);
  });

  it('trusts no proxy unless told: a hop count, or addresses and CIDR ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ OPENPO_TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ OPENPO_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ OPENPO_TRUST_PROXY: '10.0.0.0/8, 192.0.2.7,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.7',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example.com', '1.2.3', ',']) {
      expect(() => loadConfig({ OPENPO_TRUST_PROXY: bad })).toThrow(
        /OPENPO_TRUST_PROXY=.*expected off, a number of proxy hops, or addresses and CIDR ranges/,
      );
    }
  });

  it('opens PostgreSQL with the configured pool size, and PGlite without one', () => {
    const url = 'postgres://openpo@db.example.com:5432/openpo';
    expect(databaseOptions(loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '7' }))).toEqual({
      kind: 'postgres',
      url,
      max: 7,
    });
    expect(databaseOptions(loadConfig({ DATABASE_URL: url }))).toMatchObject({ max: 10 });
    expect(databaseOptions(loadConfig({ OPENPO_DATA_DIR: '/srv/openpo' }))).toEqual({
      kind: 'pglite',
      dataDir: '/srv/openpo',
    });
  });

  it('uses secure cookies behind an https base URL', () => {
    expect(loadConfig({ OPENPO_BASE_URL: 'https://po.example.com' }).secureCookies).toBe(true);
  });
});

describe('CSV cells', () => {
  it('defuses spreadsheet formulas on export and restores them on import', async () => {
    const { escapeCell, parseCsv, toCsv } = await import('../../src/core/shared/csv');
    expect(escapeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(escapeCell('-5.5')).toBe('-5.5');
    expect(escapeCell('-cmd')).toBe("'-cmd");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // Minus signs that start a formula, not a number (OWASP CSV injection).
    expect(escapeCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(escapeCell('-.5+cmd|x')).toBe("'-.5+cmd|x");
    expect(escapeCell('-1e3')).toBe('-1e3');
    expect(escapeCell('-.75')).toBe('-.75');
    expect(escapeCell('\n=1+1')).toBe("'\n=1+1");
    expect(escapeCell('+41 44 000 00 00')).toBe("'+41 44 000 00 00");
    const csv = toCsv(['a', 'b'], [{ a: '=1+1', b: 'plain' }]);
    expect(csv).toContain("'=1+1");
    expect(parseCsv(csv, { required: ['a', 'b'], optional: [] })[0]!.record).toEqual({
      a: '=1+1',
      b: 'plain',
    });
  });
});
