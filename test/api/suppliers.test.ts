import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { seedSupplier } from '../helpers/seed';

let t: TestApp;
let buyer: { cookie: string };
let requester: { cookie: string };
let auditor: { cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  buyer = await t.loginAs(['buyer']);
  requester = await t.loginAs(['requester']);
  auditor = await t.loginAs(['auditor']);
});
afterAll(async () => {
  await t.close();
});

const validSupplier = (over: Record<string, unknown> = {}) => ({
  code: `ACME-${Math.random().toString(36).slice(2, 8)}`,
  legalName: 'Acme Industrial Supplies Inc.',
  taxId: 'US-12-3456789',
  defaultCurrency: 'USD',
  paymentTermsNetDays: 45,
  earlyPaymentDiscountPercent: '2.00',
  earlyPaymentDiscountDays: 10,
  addresses: [{ kind: 'billing', line1: '1 Main St', city: 'Springfield', country: 'US' }],
  contacts: [{ name: 'Pat Sales', email: 'pat@acme.test' }],
  bankDetails: { accountName: 'Acme Inc', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' },
  ...over,
});

describe('creating suppliers', () => {
  it('creates a supplier with ETag and Location, masking bank details', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: validSupplier(),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(res.headers.etag).toBe('"v1"');
    expect(res.headers.location).toBe(`/api/v1/suppliers/${body.id}`);
    expect(body.status).toBe('active');
    expect(body.earlyPaymentDiscountPercent).toBe('2.00');
    expect(body.bankDetails.iban).toBe('•••• 3000');
    expect(res.body).not.toContain('DE89370400440532013000');
  });

  it('names every bad field in a 422 and writes nothing', async () => {
    const before = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=Broken', as: buyer });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: validSupplier({
        legalName: 'Broken',
        code: '',
        defaultCurrency: 'usd',
        earlyPaymentDiscountPercent: 2.5,
        paymentTermsNetDays: -1,
        addresses: [{ kind: 'billing', line1: 'x', city: 'y', country: 'USA' }],
      }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'code',
        'defaultCurrency',
        'earlyPaymentDiscountPercent',
        'paymentTermsNetDays',
        'addresses[0].country',
      ]),
    );
    const after = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=Broken', as: buyer });
    expect(after.json().items).toHaveLength(before.json().items.length);
  });

  it('rejects a decimal with too many places and an unknown currency', async () => {
    const tooPrecise = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: validSupplier({ earlyPaymentDiscountPercent: '2.125' }),
    });
    expect(tooPrecise.statusCode).toBe(422);
    expect(tooPrecise.json().errors[0]).toMatchObject({ path: 'earlyPaymentDiscountPercent' });
    const unknownCurrency = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: validSupplier({ defaultCurrency: 'XYZ' }),
    });
    expect(unknownCurrency.statusCode).toBe(422);
    expect(unknownCurrency.json().errors[0]).toMatchObject({ path: 'defaultCurrency' });
  });

  it('refuses a duplicate code (case-insensitively) with 409 naming the field', async () => {
    const first = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: validSupplier({ code: 'DUP-1' }),
    });
    expect(first.statusCode).toBe(201);
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: validSupplier({ code: 'dup-1' }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('code');
  });

  it('replays the first response for a retried Idempotency-Key and refuses the key for another body', async () => {
    const payload = validSupplier({ code: 'IDEM-1' });
    const headers = { 'idempotency-key': 'create-idem-1' };
    const a = await t.request({ method: 'POST', url: '/api/v1/suppliers', as: buyer, headers, payload });
    const b = await t.request({ method: 'POST', url: '/api/v1/suppliers', as: buyer, headers, payload });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(b.headers['idempotent-replayed']).toBe('true');
    const list = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=IDEM-1', as: buyer });
    expect(list.json().items).toHaveLength(1);
    const other = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      headers,
      payload: validSupplier({ code: 'IDEM-2' }),
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().errors[0].path).toBe('Idempotency-Key');
  });

  it('needs suppliers:write (requester 403) and a session (401)', async () => {
    const forbidden = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: requester,
      payload: validSupplier(),
    });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await t.request({ method: 'POST', url: '/api/v1/suppliers', payload: validSupplier() });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('reading suppliers', () => {
  it('returns 404 for an unknown id and 422 for a malformed one', async () => {
    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/suppliers/0190b9a0-0000-7000-8000-000000000000',
      as: requester,
    });
    expect(missing.statusCode).toBe(404);
    const malformed = await t.request({ method: 'GET', url: '/api/v1/suppliers/not-an-id', as: requester });
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors[0].path).toBe('id');
  });

  it('searches by code, name and tax id, filters by status and pages with a cursor', async () => {
    for (let i = 0; i < 7; i++) {
      await seedSupplier(t.ctx, { code: `PAGE-${i}`, legalName: `Paging Partner ${i}`, taxId: `TAXPG${i}` });
    }
    const byName = await t.request({
      method: 'GET',
      url: '/api/v1/suppliers?q=paging partner&limit=3',
      as: requester,
    });
    expect(byName.statusCode).toBe(200);
    const page1 = byName.json();
    expect(page1.items.map((s: { code: string }) => s.code)).toEqual(['PAGE-0', 'PAGE-1', 'PAGE-2']);
    expect(page1.nextCursor).toBeTruthy();
    const seen = [...page1.items];
    let cursor = page1.nextCursor;
    while (cursor) {
      const next = await t.request({
        method: 'GET',
        url: `/api/v1/suppliers?q=paging partner&limit=3&cursor=${encodeURIComponent(cursor)}`,
        as: requester,
      });
      seen.push(...next.json().items);
      cursor = next.json().nextCursor;
    }
    expect(seen.map((s) => s.code)).toEqual([
      'PAGE-0',
      'PAGE-1',
      'PAGE-2',
      'PAGE-3',
      'PAGE-4',
      'PAGE-5',
      'PAGE-6',
    ]);

    const byTax = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=taxpg5', as: requester });
    expect(byTax.json().items.map((s: { code: string }) => s.code)).toEqual(['PAGE-5']);
    const byCode = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=page-3', as: requester });
    expect(byCode.json().items.map((s: { code: string }) => s.code)).toEqual(['PAGE-3']);

    const bad = await t.request({ method: 'GET', url: '/api/v1/suppliers?cursor=garbage', as: requester });
    expect(bad.statusCode).toBe(422);
    const badStatus = await t.request({
      method: 'GET',
      url: '/api/v1/suppliers?status=asleep',
      as: requester,
    });
    expect(badStatus.statusCode).toBe(422);
    expect(badStatus.json().errors[0].path).toBe('status');
  });
});

describe('updating suppliers', () => {
  it('updates with If-Match, refuses a stale version with 412 and a missing one with 428', async () => {
    const s = await seedSupplier(t.ctx, { legalName: 'Before Rename Ltd' });
    const noMatch = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${s.id}`,
      as: buyer,
      payload: { legalName: 'X' },
    });
    expect(noMatch.statusCode).toBe(428);
    const ok = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${s.id}`,
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { legalName: 'After Rename Ltd', paymentTermsNetDays: 60 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json()).toMatchObject({ legalName: 'After Rename Ltd', paymentTermsNetDays: 60, version: 2 });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/suppliers/${s.id}`,
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { legalName: 'Lost Update Ltd' },
    });
    expect(stale.statusCode).toBe(412);
    const now = await t.request({ method: 'GET', url: `/api/v1/suppliers/${s.id}`, as: buyer });
    expect(now.json().legalName).toBe('After Rename Ltd');

    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=supplier&entityId=${s.id}`,
      as: auditor,
    });
    expect(audit.statusCode).toBe(200);
    const [latest] = audit.json().items;
    expect(latest.action).toBe('update');
    expect(latest.changes.legalName).toEqual({ before: 'Before Rename Ltd', after: 'After Rename Ltd' });
    expect(latest.changes.paymentTermsNetDays).toEqual({ before: 30, after: 60 });
  });

  it('holds, blocks and reactivates with reasons; an illegal move is 409', async () => {
    const s = await seedSupplier(t.ctx);
    const url = (verb: string) => `/api/v1/suppliers/${s.id}/${verb}`;
    const noReason = await t.request({
      method: 'POST',
      url: url('hold'),
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: {},
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('reason');
    const held = await t.request({
      method: 'POST',
      url: url('hold'),
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { reason: 'Quality audit pending' },
    });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({ status: 'on_hold', statusReason: 'Quality audit pending' });
    const again = await t.request({
      method: 'POST',
      url: url('hold'),
      as: buyer,
      headers: { 'if-match': '"v2"' },
      payload: { reason: 'again' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/on hold/);
    const blocked = await t.request({
      method: 'POST',
      url: url('block'),
      as: buyer,
      headers: { 'if-match': '"v2"' },
      payload: { reason: 'Sanctions list match' },
    });
    expect(blocked.json().status).toBe('blocked');
    const active = await t.request({
      method: 'POST',
      url: url('activate'),
      as: buyer,
      headers: { 'if-match': '"v3"' },
      payload: {},
    });
    expect(active.json()).toMatchObject({ status: 'active', statusReason: null });
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=supplier&entityId=${s.id}`,
      as: auditor,
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
      'status:active',
      'status:blocked',
      'status:on_hold',
      'create',
    ]);
    expect(audit.json().items[1].reason).toBe('Sanctions list match');
  });

  it('returns 404 when updating an unknown supplier', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: '/api/v1/suppliers/0190b9a0-0000-7000-8000-000000000001',
      as: buyer,
      headers: { 'if-match': '"v1"' },
      payload: { notes: 'x' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('CSV import and export', () => {
  const header =
    'code,legalName,defaultCurrency,taxId,paymentTermsNetDays,earlyPaymentDiscountPercent,earlyPaymentDiscountDays,addressLine1,city,country,contactName,contactEmail';

  it('imports nothing when any row is bad and lists every bad row with its line', async () => {
    const csv = [
      header,
      'CSV-OK-1,Good Row Ltd,USD,,30,,,1 Road,Town,US,,',
      'CSV-BAD-1,,USD,,30,,,,,,,',
      'CSV-BAD-2,Bad Currency Ltd,XXX,,abc,,,,,,,',
      'CSV-OK-1,Duplicate Ltd,USD,,30,,,,,,,',
    ].join('\n');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: buyer,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode).toBe(422);
    const errors: { path: string; message: string }[] = res.json().errors;
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        'line 3.legalName',
        'line 4.paymentTermsNetDays',
        'line 4.defaultCurrency',
        'line 5.code',
      ]),
    );
    const list = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=CSV-OK', as: buyer });
    expect(list.json().items).toHaveLength(0);
  });

  it('answers a repeated import with the same Idempotency-Key from the first, importing once', async () => {
    const csv = 'code,legalName,defaultCurrency\r\nIMPORT-IDEM,Idem One GmbH,EUR\r\n';
    const send = (key: string, body = csv) =>
      t.request({
        method: 'POST',
        url: '/api/v1/suppliers/import',
        as: buyer,
        headers: { 'content-type': 'text/csv', 'idempotency-key': key },
        payload: body,
      });
    const first = await send('supplier-import-1');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: 1, updated: 0 });
    // The retry of a lost answer: the same answer, nothing written again.
    const again = await send('supplier-import-1');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const renamed = csv.replace('Idem One GmbH', 'Idem Eins GmbH');
    // The same key with another file is refused rather than replayed as if it were the same.
    expect((await send('supplier-import-1', renamed)).statusCode).toBe(422);
    const found = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=IMPORT-IDEM', as: buyer });
    expect(found.json().items.map((s: { legalName: string }) => s.legalName)).toEqual(['Idem One GmbH']);
  });

  it('imports valid rows, updates known codes and round-trips through export', async () => {
    const csv = [
      header,
      'CSV-A,Alpha Components GmbH,EUR,DE123,30,2.00,10,Hauptstr. 1,Berlin,DE,Jana Vertrieb,jana@alpha.test',
      'CSV-B,Beta Logistics Ltd,GBP,,60,,,,,,,',
    ].join('\r\n');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: buyer,
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      created: 2,
      updated: 0,
      file: { format: 'csv', encoding: 'UTF-8', delimiter: 'comma' },
    });

    const exported = await t.request({ method: 'GET', url: '/api/v1/suppliers/export', as: requester });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    expect(exported.body).toContain('CSV-A,Alpha Components GmbH,EUR,DE123,30,2.00,10');

    const reimport = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: buyer,
      headers: { 'content-type': 'text/csv' },
      payload: exported.body,
    });
    expect(reimport.statusCode).toBe(200);
    expect(reimport.json().created).toBe(0);
    expect(reimport.json().updated).toBe(0);

    const renamed = exported.body.replace('Beta Logistics Ltd', 'Beta Logistics Group Ltd');
    const update = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: buyer,
      headers: { 'content-type': 'text/csv' },
      payload: renamed,
    });
    expect(update.json()).toMatchObject({ created: 0, updated: 1 });
  });

  it('imports the language of a supplier’s orders, and names a language it does not know', async () => {
    const csv = (language: string) =>
      `code,legalName,defaultCurrency,language\nCSV-LANG,Gebrüder Lang KG,EUR,${language}`;
    const post = (payload: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/suppliers/import',
        as: buyer,
        headers: { 'content-type': 'text/csv' },
        payload,
      });
    const wrong = await post(csv('fr'));
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0]).toMatchObject({ path: 'line 2.language' });
    expect(wrong.json().errors[0].message).toContain('en, de');
    expect((await post(csv('de'))).json()).toMatchObject({ created: 1, updated: 0 });
    const found = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=CSV-LANG', as: buyer });
    expect(found.json().items[0].language).toBe('de');
    // A file without the column leaves it as it is.
    expect(
      (await post('code,legalName,defaultCurrency\nCSV-LANG,Gebrüder Lang KG,EUR')).json(),
    ).toMatchObject({
      created: 0,
      updated: 0,
    });
    const exported = await t.request({ method: 'GET', url: '/api/v1/suppliers/export', as: buyer });
    expect(exported.body).toMatch(/CSV-LANG,Gebrüder Lang KG,EUR,.*,de\r?\n/);
  });

  it('changes nothing on an unchanged export, and nothing a file has no column for', async () => {
    const post = (payload: string | Buffer) =>
      t.request({
        method: 'POST',
        url: '/api/v1/suppliers/import',
        as: buyer,
        headers: { 'content-type': 'text/csv' },
        payload,
      });
    const made = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers',
      as: buyer,
      payload: {
        code: 'RT-1',
        legalName: 'Round Trip Ltd',
        defaultCurrency: 'EUR',
        paymentTermsNetDays: 45,
        notes: 'Keep me',
        addresses: [
          { kind: 'shipping', line1: 'Dock 4', city: 'Bremen', postalCode: '28195', country: 'DE' },
          { kind: 'billing', line1: 'Am Markt 1', city: 'Bremen', country: 'DE' },
        ],
        contacts: [
          { name: 'Ada Sales', role: 'Key account', email: 'ada@rt.test' },
          { name: 'Bo Billing', role: 'Accounts' },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const audited = async () =>
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/audit?entityType=supplier&entityId=${made.json().id}`,
          as: auditor,
        })
      ).json().items.length;
    const auditBefore = await audited();
    const exported = await t.request({ method: 'GET', url: '/api/v1/suppliers/export', as: buyer });
    const again = await post(exported.body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/suppliers/${made.json().id}`, as: buyer })
    ).json();
    expect(after.version).toBe(made.json().version);
    expect(await audited()).toBe(auditBefore);

    // A file with only a few columns changes those and keeps the rest: roles, the other contact,
    // the shipping address, the notes and the payment terms.
    const renamed = await post(
      'code,legalName,defaultCurrency,contactName\nRT-1,Round Trip Ltd,EUR,Ada Seller',
    );
    expect(renamed.json()).toMatchObject({ created: 0, updated: 1 });
    const kept = (
      await t.request({ method: 'GET', url: `/api/v1/suppliers/${made.json().id}`, as: buyer })
    ).json();
    expect(kept.contacts).toEqual([
      { name: 'Ada Seller', role: 'Key account', email: 'ada@rt.test' },
      { name: 'Bo Billing', role: 'Accounts' },
    ]);
    expect(kept.addresses.map((a: { kind: string }) => a.kind)).toEqual(['shipping', 'billing']);
    expect(kept).toMatchObject({ notes: 'Keep me', paymentTermsNetDays: 45 });
    // An empty cell in a column the file has clears it.
    await post('code,legalName,defaultCurrency,notes\nRT-1,Round Trip Ltd,EUR,');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/suppliers/${made.json().id}`, as: buyer })).json()
        .notes,
    ).toBe('');
  });

  it('reads UTF-8, UTF-16 and Windows-1252 files with commas, semicolons or tabs, and says how it read them', async () => {
    const post = (payload: Buffer) =>
      t.request({
        method: 'POST',
        url: '/api/v1/suppliers/import',
        as: buyer,
        headers: { 'content-type': 'text/csv' },
        payload,
      });
    // German Excel's "CSV": Windows-1252, semicolons.
    const cp1252 = Buffer.from(
      'code;legalName;defaultCurrency\r\nENC-1;Gro\xdfe \xd7 M\xfcller \xb5 \x80;EUR\r\n',
      'latin1',
    );
    const read = await post(cp1252);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual({
      created: 1,
      updated: 0,
      file: { format: 'csv', encoding: 'Windows-1252', delimiter: 'semicolon' },
    });
    const found = await t.request({ method: 'GET', url: '/api/v1/suppliers?q=ENC-1', as: buyer });
    expect(found.json().items[0].legalName).toBe('Große × Müller µ €');
    // Excel's "Unicode text": UTF-16 with its byte-order mark, tabs.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('code\tlegalName\tdefaultCurrency\nENC-2\tŁódź Sp. z o.o.\tPLN\n', 'utf16le'),
    ]);
    const wide = await post(utf16);
    expect(wide.statusCode, wide.body).toBe(200);
    expect(wide.json().file).toEqual({ format: 'csv', encoding: 'UTF-16', delimiter: 'tab' });
    // UTF-8 with a byte-order mark, as OpenPO exports.
    const bom = await post(Buffer.from('\uFEFFcode,legalName,defaultCurrency\nENC-3,Ærø ApS,DKK\n', 'utf8'));
    expect(bom.json()).toMatchObject({ created: 1, file: { encoding: 'UTF-8', delimiter: 'comma' } });
    // A byte no encoding can read: named by line and column, and nothing is imported.
    const broken = await post(
      Buffer.from('code,legalName,defaultCurrency\nENC-4,Bad \x81 Byte,EUR\n', 'latin1'),
    );
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors[0]).toMatchObject({
      path: 'line 2, column 11',
      message: expect.stringMatching(/0x81/),
    });
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/suppliers?q=ENC-4', as: buyer })).json().items,
    ).toEqual([]);
  });

  it('explains a wrong header', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/suppliers/import',
      as: buyer,
      headers: { 'content-type': 'text/csv' },
      payload: 'code,name\nX,Y',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].message).toMatch(
      /missing columns legalName, defaultCurrency; unknown column name/,
    );
  });
});
