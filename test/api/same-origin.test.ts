import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Cross-site request forgery and framing, at the HTTP level (the browser journey
 * test/e2e/cross-site.spec.ts drives Chromium from pages of another origin and another site):
 * an unsafe request with the session cookie is refused when the browser says it came from
 * another page; API tokens and clients that are not browsers are not affected; every answer
 * forbids framing and sniffing.
 */
let t: TestApp;
let buyer: { cookie: string; userId: string };

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer', 'admin']);
});
afterAll(async () => {
  await t.close();
});

const supplier = (code: string) => ({
  code,
  legalName: `Supplier ${code}`,
  defaultCurrency: 'EUR',
  paymentTermsNetDays: 30,
});

async function supplierCodes(): Promise<string[]> {
  const res = await t.request({ method: 'GET', url: '/api/v1/suppliers?limit=200', as: buyer });
  return res.json().items.map((s: { code: string }) => s.code);
}

describe('unsafe requests from other pages', () => {
  it('refuses a write with the session cookie from another host of the same site, or another site, and changes nothing', async () => {
    for (const headers of [
      { 'sec-fetch-site': 'same-site', origin: 'http://evil.localhost' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' },
      { origin: 'https://attacker.example' },
      { origin: 'null' },
    ]) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/suppliers',
        as: buyer,
        headers,
        payload: supplier('CSRF1'),
      });
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toMatch(
        /came from .*OpenPO accepts changes only from its own pages, or with an API token/,
      );
    }
    const logout = await t.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      as: buyer,
      headers: { 'sec-fetch-site': 'same-site' },
    });
    expect(logout.statusCode).toBe(403);
    expect(await supplierCodes()).not.toContain('CSRF1');
    // Still signed in.
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', as: buyer })).statusCode).toBe(200);
  });

  it('accepts the same write from OpenPO’s own pages, and from clients that are not browsers', async () => {
    const own = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      headers: { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' },
      payload: supplier('OWN1'),
    });
    expect(own.statusCode).toBe(201);
    const byOrigin = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      payload: supplier('OWN2'),
    });
    expect(byOrigin.statusCode).toBe(201);
    const script = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: supplier('OWN3'),
    });
    expect(script.statusCode).toBe(201);
  });

  it('lets an API token write from anywhere: a page cannot make the browser send one', async () => {
    const minted = await t.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      as: buyer,
      payload: { name: 'ci' },
    });
    expect(minted.statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/suppliers',
      headers: { authorization: `Bearer ${minted.json().token}`, origin: 'https://integration.example' },
      payload: supplier('TOKEN1'),
    });
    expect(res.statusCode).toBe(201);
  });

  it('takes CSV imports only as text/csv: a text/plain body, which a form can send unasked, is refused', async () => {
    const csv = 'code,legal_name,country,default_currency\nPLAIN1,Plain Ltd,DE,EUR\n';
    const plain = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: buyer,
      headers: { 'content-type': 'text/plain' },
      payload: csv,
    });
    expect(plain.statusCode).toBe(415);
    expect(plain.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await supplierCodes()).not.toContain('PLAIN1');
  });
});

describe('answers', () => {
  it('forbid framing and sniffing and keep addresses out of other sites’ referrers; no HSTS over http', async () => {
    for (const url of ['/api/v1/auth/me', '/healthz', '/api/v1/purchase-orders']) {
      const res = await t.request({ method: 'GET', url, as: buyer });
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('send HSTS when OpenPO is served over https', async () => {
    const secure = await createTestApp({ env: { OPENPO_BASE_URL: 'https://po.example.com' } });
    try {
      const res = await secure.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
    } finally {
      await secure.close();
    }
  });
});
