import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let user: Awaited<ReturnType<TestApp['loginAs']>>;

beforeAll(async () => {
  t = await createTestApp();
  user = await t.loginAs(['requester']);
});
afterAll(async () => {
  await t.close();
});

const set = (body: unknown) =>
  t.request({ method: 'PATCH', url: '/api/v1/auth/me/preferences', as: user, payload: body as object });
const me = async () => (await t.request({ method: 'GET', url: '/api/v1/auth/me', as: user })).json();

describe('language and locale on My account', () => {
  it('starts in English with the browser’s locale, and keeps the language and locale a user picks', async () => {
    expect((await me()).user).toMatchObject({ language: null, locale: null });

    const res = await set({ language: 'de', locale: 'de-at' });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ language: 'de', locale: 'de-AT' });
    expect((await me()).user).toMatchObject({ language: 'de', locale: 'de-AT' });

    // One of the two alone leaves the other; null goes back to the browser's locale.
    expect((await set({ locale: null })).json().user).toMatchObject({ language: 'de', locale: null });
    expect((await set({ language: 'en' })).json().user).toMatchObject({ language: 'en', locale: null });

    // Each change is in the user's audit trail.
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=user&entityId=${user.userId}`,
      as: await t.loginAs(['auditor']),
    });
    expect(audit.statusCode).toBe(200);
    const changes = (audit.json().items as { action: string; changes: Record<string, unknown> }[]).filter(
      (e) => e.action === 'change_preferences',
    );
    expect(changes).toHaveLength(3);
  });

  it('refuses a language it does not speak and a locale it cannot format in, naming the field, changing nothing', async () => {
    await set({ language: 'de', locale: 'en-GB' });
    for (const [body, field] of [
      [{ language: 'fr' }, 'language'],
      [{ language: 42 }, 'language'],
      [{ locale: 'not a locale' }, 'locale'],
      [{ locale: 'x' }, 'locale'],
      [{ locale: 'zz-ZZZZZZZZZ' }, 'locale'],
    ] as const) {
      const res = await set(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(JSON.stringify(res.json()), JSON.stringify(body)).toContain(field);
    }
    expect((await me()).user).toMatchObject({ language: 'de', locale: 'en-GB' });
  });

  it('is only for the signed-in user', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me/preferences',
      payload: { language: 'de' },
    });
    expect(res.statusCode).toBe(401);
  });
});
