import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Every list that pages with a cursor, given cursors no list returned (wrong shapes, wrong types,
 * ids that are not ids, values the database cannot compare): a 422 on `cursor` or a page, never a
 * 5xx.
 */
let t: TestApp;
let admin: { cookie: string };
let supplierUser: { cookie: string };
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs(['admin', 'auditor', 'buyer', 'approver', 'finance']);
  supplierUser = await t.loginAs(['supplier']);
});
afterAll(async () => {
  await t.close();
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const CRAFTED = [
  'not base64 at all!',
  b64('a string'),
  b64([1, 2]),
  b64({ k: 'x', id: 'not-a-uuid' }),
  b64({ k: 'x', id: randomUUID() }),
  b64({ k: 'zz-not-a-date', id: randomUUID() }),
  b64({ k: 123456789012345, id: randomUUID() }),
  b64({ k: 1e308, id: randomUUID() }),
  b64({ k: null, id: randomUUID() }),
  b64({ k: { nested: true }, id: randomUUID() }),
  b64({ k: 'nul\u0000char', id: randomUUID() }),
  b64({ k: '2026-01-01T00:00:00Z', id: 'x'.repeat(5000) }),
  b64({ k: '9999999999-99-99', id: randomUUID() }),
  b64({ id: randomUUID() }),
];

/** What lists need besides a cursor. */
const REQUIRED: Record<string, string> = {
  '/api/v1/reports/spend-by-supplier': 'year=2026&',
};

it('answers crafted cursors on every paged list with a 422 or a page, never a 5xx', async () => {
  const spec = t.app.swagger() as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  const lists = Object.entries(spec.paths).filter(
    ([path, ops]) =>
      ops.get?.parameters?.some((p) => p.name === 'cursor' && p.in === 'query') && !path.includes('{'),
  );
  expect(lists.length).toBeGreaterThanOrEqual(10);
  const failures: string[] = [];
  for (const [path] of lists) {
    for (const cursor of CRAFTED) {
      const res = await t.request({
        method: 'GET',
        url: `${path}?${REQUIRED[path] ?? ''}cursor=${encodeURIComponent(cursor)}`,
        // The portal's lists are a supplier's user's alone.
        as: path.startsWith('/api/v1/portal/') ? supplierUser : admin,
      });
      if (res.statusCode >= 500) failures.push(`${path} ${cursor.slice(0, 40)} → ${res.statusCode}`);
      else if (
        res.statusCode !== 200 &&
        (res.statusCode !== 422 || res.json().errors?.[0]?.path !== 'cursor')
      )
        failures.push(`${path} ${cursor.slice(0, 40)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
  }
  expect(failures).toEqual([]);
});
