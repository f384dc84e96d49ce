import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * The browser journeys' server may have its clock moved by an administrator (OPENPO_TEST_CLOCK);
 * any other server has no such route.
 */
describe('PUT /api/v1/test/clock', () => {
  let moving: TestApp;
  let plain: TestApp;
  beforeAll(async () => {
    moving = await createTestApp({ env: { OPENPO_TEST_CLOCK: '1' } });
    plain = await createTestApp();
  });
  afterAll(async () => {
    await moving.close();
    await plain.close();
  });

  it('moves the server’s clock for an administrator and puts it back', async () => {
    const admin = await moving.loginAs(['admin']);
    const start = moving.clock.now().toISOString();
    const moved = await moving.request({
      method: 'PUT',
      url: '/api/v1/test/clock',
      as: admin,
      payload: { now: '2027-01-20T09:00:00Z' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toEqual({ now: '2027-01-20T09:00:00.000Z' });
    expect(moving.clock.now().toISOString()).toBe('2027-01-20T09:00:00.000Z');

    const again = await moving.loginAs(['admin']);
    const back = await moving.request({
      method: 'PUT',
      url: '/api/v1/test/clock',
      as: again,
      payload: { now: null },
    });
    expect(back.json()).toEqual({ now: start });

    const buyer = await moving.loginAs(['buyer']);
    const refused = await moving.request({
      method: 'PUT',
      url: '/api/v1/test/clock',
      as: buyer,
      payload: { now: '2027-01-20T09:00:00Z' },
    });
    expect(refused.statusCode).toBe(403);
    const bad = await moving.request({
      method: 'PUT',
      url: '/api/v1/test/clock',
      as: again,
      payload: { now: 'next Tuesday' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('now');
    expect(moving.clock.now().toISOString()).toBe(start);
  });

  it('does not exist on a server started without OPENPO_TEST_CLOCK', async () => {
    const admin = await plain.loginAs(['admin']);
    const res = await plain.request({
      method: 'PUT',
      url: '/api/v1/test/clock',
      as: admin,
      payload: { now: '2027-01-20T09:00:00Z' },
    });
    expect(res.statusCode).toBe(404);
    const spec = await plain.request({ method: 'GET', url: '/api/openapi.json' });
    expect(Object.keys(spec.json().paths)).not.toContain('/api/v1/test/clock');
  });
});
