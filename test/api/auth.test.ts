import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/core/identity';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedUser, TEST_PASSWORD } from '../helpers/seed';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const login = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });

const cookieOf = (res: { headers: Record<string, unknown> }) => {
  const raw = res.headers['set-cookie'];
  return String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]!;
};

describe('login and sessions', () => {
  it('logs in case-insensitively, sets an httpOnly SameSite cookie and returns roles and permissions', async () => {
    await seedUser(t.ctx, { email: 'Mixed.Case@Test.Example', roles: ['buyer'] });
    const res = await login('mixed.case@test.example', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/openpo_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // Beside it, a hint the web app can read that this browser signed in; it holds no secret.
    const hint = ([] as string[])
      .concat(res.headers['set-cookie'] as string | string[])
      .find((c) => c.startsWith('openpo_signed_in='));
    expect(hint).toMatch(/^openpo_signed_in=1;/);
    expect(hint).not.toMatch(/HttpOnly/i);
    const body = res.json();
    expect(body.user.roles).toEqual(['buyer']);
    expect(body.permissions).toContain('suppliers:write');
    expect(body.permissions).not.toContain('users:write');

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: cookieOf(res) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('Mixed.Case@Test.Example');
  });

  it('gives the same generic error for an unknown e-mail and a wrong password', async () => {
    await seedUser(t.ctx, { email: 'known@test.example' });
    const a = await login('known@test.example', 'wrong password');
    const b = await login('nobody@test.example', 'wrong password');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().detail).toBe(b.json().detail);
    expect(a.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses an inactive user with the same generic error', async () => {
    await seedUser(t.ctx, { email: 'inactive@test.example', active: false });
    const res = await login('inactive@test.example', TEST_PASSWORD);
    expect(res.statusCode).toBe(401);
  });

  it('validates the login body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: '' } });
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('ends the session on logout', async () => {
    await seedUser(t.ctx, { email: 'logout@test.example' });
    const cookie = cookieOf(await login('logout@test.example', TEST_PASSWORD));
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    // Both cookies are cleared: the session and the web app's hint.
    const cleared = ([] as string[]).concat(out.headers['set-cookie'] as string | string[]);
    expect(cleared.map((c) => c.split('=')[0]).sort()).toEqual(['openpo_session', 'openpo_signed_in']);
    expect(cleared.every((c) => /Expires=Thu, 01 Jan 1970/.test(c))).toBe(true);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('expires a session after 30 idle minutes and after 12 hours in all', async () => {
    await seedUser(t.ctx, { email: 'idle@test.example' });
    const cookie = cookieOf(await login('idle@test.example', TEST_PASSWORD));
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    t.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS + 1000);
    expect((await me()).statusCode).toBe(401);

    const cookie2 = cookieOf(await login('idle@test.example', TEST_PASSWORD));
    const me2 = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie2 } });
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS; elapsed += 20 * 60_000) {
      t.clock.advance(20 * 60_000);
      if (elapsed + 20 * 60_000 < SESSION_ABSOLUTE_MS) expect((await me2()).statusCode).toBe(200);
    }
    t.clock.advance(60_000);
    expect((await me2()).statusCode).toBe(401);
  });

  it('ends other sessions when the password changes, and keeps the current one', async () => {
    await seedUser(t.ctx, { email: 'pw@test.example' });
    const a = cookieOf(await login('pw@test.example', TEST_PASSWORD));
    const b = cookieOf(await login('pw@test.example', TEST_PASSWORD));
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a },
      payload: { currentPassword: 'wrong one!', newPassword: 'a brand new passphrase' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('currentPassword');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(ok.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: a } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b } })).statusCode,
    ).toBe(401);
    expect((await login('pw@test.example', 'a brand new passphrase')).statusCode).toBe(200);
  });

  it('ends every session of a user an admin deactivates', async () => {
    const admin = await t.loginAs(['admin']);
    const user = await seedUser(t.ctx, { email: 'deact@test.example' });
    const cookie = cookieOf(await login('deact@test.example', TEST_PASSWORD));
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      as: admin,
      headers: { 'if-match': `"v${user.version}"` },
      payload: { active: false },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('login throttling', () => {
  it('throttles one account from one address after 5 failures, without locking out a known address', async () => {
    await seedUser(t.ctx, { email: 'victim@test.example' });
    // The real user has signed in before from their own address.
    expect((await login('victim@test.example', TEST_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await login('victim@test.example', 'guess', '198.51.100.7')).statusCode).toBe(401);
    const blocked = await login('victim@test.example', TEST_PASSWORD, '198.51.100.7');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // Attackers spread over many addresses cannot lock the user out of their known address.
    for (let i = 0; i < 25; i++) await login('victim@test.example', 'guess', `203.0.113.${i}`);
    expect((await login('victim@test.example', TEST_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
    // …but a new address is throttled for that account while the attack goes on.
    expect((await login('victim@test.example', TEST_PASSWORD, '192.0.2.99')).statusCode).toBe(429);
  });
});

describe('login throttling against a determined attacker', () => {
  it('checks at most 5 passwords of 50 sent at once for one account from one address', async () => {
    await seedUser(t.ctx, { email: 'burst@test.example' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => login('burst@test.example', 'guess', '198.51.100.50')),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c !== 401 && c !== 429)).toEqual([]);
    expect((await login('burst@test.example', TEST_PASSWORD, '198.51.100.50')).statusCode).toBe(429);
  });

  it('answers an unknown e-mail exactly as a real account, throttling included', async () => {
    await seedUser(t.ctx, { email: 'real@test.example' });
    const codesFor = async (email: string, net: number) => {
      const codes: number[] = [];
      for (let i = 0; i < 24; i++) codes.push((await login(email, 'guess', `198.18.${net}.${i}`)).statusCode);
      codes.push((await login(email, 'guess', `198.18.${net}.200`)).statusCode);
      return codes;
    };
    const real = await codesFor('real@test.example', 1);
    const unknown = await codesFor('nobody-here@test.example', 2);
    expect(unknown).toEqual(real);
    expect(real.at(-1)).toBe(429);
  });

  it('does not believe X-Forwarded-For from clients: rotating it neither escapes the throttle nor locks the victim out', async () => {
    await seedUser(t.ctx, { email: 'forwarded@test.example' });
    expect((await login('forwarded@test.example', TEST_PASSWORD, '192.0.2.44')).statusCode).toBe(200);
    const spoofed = (i: number, claimed: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'forwarded@test.example', password: `guess${i}` },
        remoteAddress: '198.51.100.66',
        headers: { 'x-forwarded-for': claimed },
      });
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await spoofed(i, `203.0.113.${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // Claiming the victim's own address counts against the attacker's, not the victim's.
    for (let i = 0; i < 6; i++) await spoofed(i, '192.0.2.44');
    expect((await login('forwarded@test.example', TEST_PASSWORD, '192.0.2.44')).statusCode).toBe(200);
  });

  it('believes X-Forwarded-For only from the proxies OPENPO_TRUST_PROXY names', async () => {
    const behind = await createTestApp({ env: { OPENPO_TRUST_PROXY: '10.1.0.0/16' } });
    try {
      await seedUser(behind.ctx, { email: 'proxied@test.example' });
      const via = (remoteAddress: string, client: string) =>
        behind.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'proxied@test.example', password: 'guess' },
          remoteAddress,
          headers: { 'x-forwarded-for': client },
        });
      // Through the proxy: each client is counted by its own address.
      for (let i = 0; i < 5; i++) expect((await via('10.1.0.2', '198.51.100.1')).statusCode).toBe(401);
      expect((await via('10.1.0.2', '198.51.100.1')).statusCode).toBe(429);
      expect((await via('10.1.0.2', '198.51.100.2')).statusCode).toBe(401);
      // From anywhere else the header is ignored: the peer is the client.
      for (let i = 0; i < 5; i++) await via('203.0.113.9', `198.51.100.${100 + i}`);
      expect((await via('203.0.113.9', '198.51.100.200')).statusCode).toBe(429);
    } finally {
      await behind.close();
    }
  });
});

describe('API tokens', () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('are created and revoked only from a signed-in session, never with a token', async () => {
    const user = await t.loginAs(['buyer']);
    const first = (
      await t.request({ method: 'POST', url: '/api/v1/api-tokens', as: user, payload: { name: 'one' } })
    ).json();
    const second = (
      await t.request({ method: 'POST', url: '/api/v1/api-tokens', as: user, payload: { name: 'two' } })
    ).json();
    const mint = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-tokens',
      headers: bearer(first.token),
      payload: { name: 'successor' },
    });
    expect(mint.statusCode).toBe(403);
    expect(mint.json().detail).toMatch(/only by a signed-in user/);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/v1/api-tokens/${second.id}/revoke`,
      headers: bearer(first.token),
    });
    expect(revoke.statusCode).toBe(403);
    const mine = (await t.request({ method: 'GET', url: '/api/v1/api-tokens', as: user })).json().items;
    expect(mine.map((x: { name: string; revokedAt: string | null }) => [x.name, x.revokedAt]).sort()).toEqual(
      [
        ['one', null],
        ['two', null],
      ],
    );
  });

  it('are revoked for good when their owner is deactivated, and stay revoked after reactivation', async () => {
    const admin = await t.loginAs(['admin']);
    const owner = await t.loginAs(['buyer']);
    const { token } = (
      await t.request({ method: 'POST', url: '/api/v1/api-tokens', as: owner, payload: { name: 'erp' } })
    ).json();
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
    expect((await me()).statusCode).toBe(200);
    let user = (await t.request({ method: 'GET', url: `/api/v1/users/${owner.userId}`, as: admin })).json();
    for (const active of [false, true]) {
      const res = await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${owner.userId}`,
        as: admin,
        headers: { 'if-match': `"v${user.version}"` },
        payload: { active },
      });
      expect(res.statusCode).toBe(200);
      user = res.json();
      expect((await me()).statusCode).toBe(401);
    }
  });

  it('creates a token shown once, authenticates with it, lists it without the secret, and revokes it', async () => {
    const user = await t.loginAs(['buyer']);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      as: user,
      payload: { name: 'ERP sync' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^opo_/);

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.userId);

    const list = await t.request({ method: 'GET', url: '/api/v1/api-tokens', as: user });
    expect(list.json().items).toHaveLength(1);
    expect(list.body).not.toContain(token);

    const other = await t.loginAs(['buyer']);
    const notMine = await t.request({ method: 'POST', url: `/api/v1/api-tokens/${id}/revoke`, as: other });
    expect(notMine.statusCode).toBe(404);

    const revoked = await t.request({ method: 'POST', url: `/api/v1/api-tokens/${id}/revoke`, as: user });
    expect(revoked.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('lets an admin list and revoke anyone’s token, but not a buyer list all', async () => {
    const user = await t.loginAs(['requester']);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/api-tokens',
      as: user,
      payload: { name: 'script' },
    });
    const admin = await t.loginAs(['admin']);
    const all = await t.request({ method: 'GET', url: '/api/v1/api-tokens?all=true', as: admin });
    expect(all.json().items.map((x: { id: string }) => x.id)).toContain(created.json().id);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/api-tokens?all=true', as: user })).statusCode,
    ).toBe(403);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/api-tokens/${created.json().id}/revoke`,
      as: admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().revokedAt).not.toBeNull();
  });

  it('rejects a malformed or unknown bearer token with 401', async () => {
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Bearer nope' },
    });
    expect(bad.statusCode).toBe(401);
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Basic abc' },
    });
    expect(malformed.statusCode).toBe(401);
  });
});
