import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { signIn, unique } from './helpers';

/**
 * Cross-site request forgery and framing, in Chromium: a signed-in buyer visits pages served from
 * another origin of the same site (127.0.0.1 on another port: the session cookie goes along) and
 * from another site (localhost). Each page tries to write with the buyer's session — a text/plain
 * form to the CSV import, a form to sign out, a multipart form, a fetch — and to frame OpenPO.
 * Every write fails and the buyer's session and data are as they were.
 */
const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 3917}`;

function attackerPages(code: string): Record<string, string> {
  const autoSubmit = (form: string) =>
    `<!doctype html><html><body>${form}<script>document.forms[0].submit()</script></body></html>`;
  // A text/plain form body is "name=value": the name carries the CSV header and a row.
  const csvName = `code,legal_name,country,default_currency\n${code},Forged Ltd,DE,EUR\nX`;
  return {
    '/import.html': autoSubmit(
      `<form method="POST" action="${APP}/api/v1/suppliers/import" enctype="text/plain"><input name="${csvName}" value="1"></form>`,
    ),
    '/multipart.html': autoSubmit(
      `<form method="POST" action="${APP}/api/v1/suppliers" enctype="multipart/form-data"><input name="code" value="${code}"></form>`,
    ),
    '/logout.html': autoSubmit(`<form method="POST" action="${APP}/api/v1/auth/logout"></form>`),
    '/fetch.html': `<!doctype html><html><body><script>
      fetch('${APP}/api/v1/suppliers', { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ code: '${code}', legalName: 'Forged Ltd', country: 'DE', defaultCurrency: 'EUR' }) })
        .finally(() => { document.title = 'sent'; });
    </script></body></html>`,
    '/frame.html': `<!doctype html><html><body><iframe id="app" src="${APP}/suppliers" width="800" height="600"></iframe></body></html>`,
  };
}

test('pages of another origin or another site cannot write with the buyer’s session, nor frame OpenPO', async ({
  page,
}) => {
  const code = unique('FORGED').slice(0, 20);
  const pages = attackerPages(code);
  const server = http.createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  try {
    await signIn(page, 'buyer@example.com', '/suppliers');
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      for (const [path, target] of [
        ['/import.html', '/api/v1/suppliers/import'],
        ['/multipart.html', '/api/v1/suppliers'],
        ['/logout.html', '/api/v1/auth/logout'],
      ] as const) {
        // The answer to this page's form: not a read the previous page was still making.
        const answer = page.waitForResponse(
          (r) => r.request().method() === 'POST' && r.url() === `${APP}${target}`,
        );
        await page.goto(`${origin}${path}`);
        const status = (await answer).status();
        // Same site: the cookie went along and the origin check refused it (403). Another site:
        // the cookie stayed home (401). The multipart and text/plain bodies are refused either way.
        expect([401, 403, 415], `${origin}${path} answered ${status}`).toContain(status);
      }
      await page.goto(`${origin}/fetch.html`);
      await expect(page).toHaveTitle('sent');
      await page.goto(`${origin}/frame.html`);
      const frame = page.frameLocator('#app');
      await expect(frame.getByRole('link', { name: 'Suppliers' })).toHaveCount(0);
      const framed = page.frames().find((f) => f !== page.mainFrame());
      expect(framed?.url() ?? '').not.toContain('/suppliers');
    }
    // Back on OpenPO: still signed in, and nothing was created.
    await page.goto(`${APP}/suppliers`);
    await expect(page).toHaveURL(/\/suppliers/);
    const found = await page.request.get(`${APP}/api/v1/suppliers?q=${code}`);
    expect(found.status()).toBe(200);
    expect((await found.json()).items).toEqual([]);
  } finally {
    server.close();
  }
});
