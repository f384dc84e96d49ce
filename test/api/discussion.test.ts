import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../../src/core/discussion';
import type { Role } from '../../src/core/shared/permissions';
import { emailMessages } from '../../src/db/schema';
import { seedDepartment } from '../../src/seed/organisation-factories';
import { actorFor, seedPurchaseOrder } from '../../src/seed/purchase-order-factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { countingCtx } from '../helpers/counting';
import { multipart } from '../helpers/multipart';
import { seedUser } from '../helpers/seed';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
// The first bytes of a Windows program.
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

type Session = { cookie: string; userId: string };

let t: TestApp;
let buyer: Session;
let sameDepartment: Session;
let otherDepartment: Session;
let auditor: Session;
let poId: string;
let poNumber: string;

async function sessionOf(email: string, roles: Role[], departmentId: string) {
  const user = await seedUser(t.ctx, { email, roles, departmentId, name: email.split('@')[0] });
  return { cookie: await t.signIn(email), userId: user.id };
}

beforeAll(async () => {
  t = await createTestApp({ env: { OPENPO_ATTACHMENT_MAX_BYTES: '4096' } });
  const ops = await seedDepartment(t.ctx, { name: 'Operations' });
  const lab = await seedDepartment(t.ctx, { name: 'Laboratory' });
  buyer = await sessionOf('bea.buyer@test.example', ['buyer'], ops.id);
  sameDepartment = await sessionOf('rita.requester@test.example', ['requester'], ops.id);
  otherDepartment = await sessionOf('otto.other@test.example', ['requester'], lab.id);
  auditor = await sessionOf('ada.auditor@test.example', ['auditor'], ops.id);
  const buyerUser = await seedUser(t.ctx, { roles: ['buyer'], departmentId: ops.id });
  const po = await seedPurchaseOrder(t.ctx, { buyer: actorFor(buyerUser), departmentId: ops.id });
  poId = po.id;
  poNumber = po.number;
}, 60_000);
afterAll(async () => {
  await t.close();
});

const upload = (as: Session, fileName: string, bytes: Buffer, id = poId) =>
  t.request({
    method: 'POST',
    url: `/api/v1/purchase-orders/${id}/attachments`,
    as,
    ...multipart(fileName, bytes),
  });

describe('attachments', () => {
  it('attaches a file by what its bytes are, keeps its SHA-256, and hands it back as a download', async () => {
    const res = await upload(buyer, 'Quote 4711.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      fileName: 'Quote 4711.pdf',
      mediaType: 'application/pdf',
      kind: 'PDF',
      sizeBytes: PDF.length,
      uploadedBy: { id: buyer.userId, name: 'bea.buyer' },
    });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);

    const list = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${poId}/attachments`,
      as: sameDepartment,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(a.id);

    const file = await t.request({
      method: 'GET',
      url: `/api/v1/attachments/${a.id}/content`,
      as: sameDepartment,
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Quote 4711.pdf"; filename*=UTF-8''Quote%204711.pdf`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');

    // The document's history names the file.
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityType=purchase_order&entityId=${poId}`,
      as: buyer,
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('attachment_added');
  });

  it('follows the document: someone who cannot read the order gets 404 for its files, like for the order', async () => {
    const a = (await upload(buyer, 'spec.pdf', PDF)).json();
    for (const url of [
      `/api/v1/attachments/${a.id}/content`,
      `/api/v1/purchase-orders/${poId}/attachments`,
    ]) {
      const res = await t.request({ method: 'GET', url, as: otherDepartment });
      expect(res.statusCode).toBe(404);
    }
    expect((await upload(otherDepartment, 'mine.pdf', PDF)).statusCode).toBe(404);
    // The auditor reads files but attaches none.
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/attachments/${a.id}/content`, as: auditor }))
        .statusCode,
    ).toBe(200);
    expect((await upload(auditor, 'note.pdf', PDF)).statusCode).toBe(403);
  });

  it('refuses a file whose bytes are not on the list, whatever its name says, and stores nothing', async () => {
    const before = (
      await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/attachments`, as: buyer })
    ).json().items.length;
    const res = await upload(buyer, 'invoice.pdf', EXE);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: 'file',
        message: expect.stringMatching(
          /^is application\/x-msdownload \(\.exe\), which cannot be attached; accepted are PDFs, images /,
        ),
      },
    ]);
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/attachments`, as: buyer })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('refuses a file over the size limit and an empty one, naming the limit', async () => {
    const big = await upload(buyer, 'scan.pdf', Buffer.concat([PDF, Buffer.alloc(5000, 32)]));
    expect(big.statusCode).toBe(422);
    expect(big.json().errors).toEqual([{ path: 'file', message: 'is larger than the limit of 4 KB' }]);
    const empty = await upload(buyer, 'empty.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors).toEqual([{ path: 'file', message: 'is empty' }]);
    const noFile = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${poId}/attachments`,
      as: buyer,
      ...multipart('x.pdf', PDF, 'document'),
    });
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().errors[0].path).toBe('file');
    const json = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${poId}/attachments`,
      as: buyer,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(422);
    // A body that is not readable multipart is the client's mistake too, never a 500.
    for (const headers of [
      { 'content-type': 'multipart/form-data; boundary=xyz' },
      { 'content-type': 'multipart/form-data' },
    ]) {
      const broken = await t.request({
        method: 'POST',
        url: `/api/v1/purchase-orders/${poId}/attachments`,
        as: buyer,
        headers,
        payload: 'not a multipart body',
      });
      expect(broken.statusCode).toBe(422);
      expect(broken.json().errors[0].path).toBe('file');
    }
  });

  it('gives text its own type and a name whose extension matches the bytes', async () => {
    const csv = (await upload(buyer, 'prices.csv', Buffer.from('sku;price\nA-1;2,50\n'))).json();
    expect(csv).toMatchObject({ mediaType: 'text/csv', fileName: 'prices.csv' });
    const disguised = (await upload(buyer, '../../etc/quote.exe', PDF)).json();
    expect(disguised).toMatchObject({ mediaType: 'application/pdf', fileName: 'quote.exe.pdf' });
    const file = await t.request({ method: 'GET', url: `/api/v1/attachments/${csv.id}/content`, as: buyer });
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('lets only who attached a file (or an administrator) remove it; the list no longer shows it', async () => {
    const a = (await upload(buyer, 'draft terms.pdf', PDF)).json();
    const other = await t.request({
      method: 'DELETE',
      url: `/api/v1/attachments/${a.id}`,
      as: sameDepartment,
    });
    expect(other.statusCode).toBe(403);
    const own = await t.request({
      method: 'DELETE',
      url: `/api/v1/attachments/${a.id}?reason=wrong%20file`,
      as: buyer,
    });
    expect(own.statusCode).toBe(204);
    // An administrator (documents:moderate) removes a file someone else attached.
    const b = (await upload(buyer, 'old quote.pdf', PDF)).json();
    const byAdmin = await t.request({
      method: 'DELETE',
      url: `/api/v1/attachments/${b.id}?reason=superseded`,
      as: await t.loginAs(['admin']),
    });
    expect(byAdmin.statusCode).toBe(204);
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/attachments`, as: buyer })
    ).json();
    expect(list.items.map((x: { id: string }) => x.id)).not.toContain(a.id);
    expect(list.items.map((x: { id: string }) => x.id)).not.toContain(b.id);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/attachments/${a.id}/content`, as: buyer })).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/attachments/${a.id}`, as: buyer })).statusCode,
    ).toBe(404);
  });
});

describe('comments and mentions', () => {
  it('adds a comment that notifies the people it mentions, in the app and by e-mail', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${poId}/comments`,
      as: buyer,
      payload: {
        body: '@rita.requester can you confirm the delivery address?',
        mentionedUserIds: [sameDepartment.userId],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      author: { id: buyer.userId, name: 'bea.buyer' },
      mentions: [{ id: sameDepartment.userId, name: 'rita.requester' }],
    });
    const thread = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${poId}/comments`,
      as: sameDepartment,
    });
    expect(thread.json().items.at(-1).body).toBe('@rita.requester can you confirm the delivery address?');

    const inbox = await t.request({
      method: 'GET',
      url: '/api/v1/notifications?unread=true',
      as: sameDepartment,
    });
    const mention = inbox.json().items.find((n: { kind: string }) => n.kind === 'mentioned');
    expect(mention).toMatchObject({
      title: `bea.buyer mentioned you on purchase order ${poNumber}`,
      body: '“@rita.requester can you confirm the delivery address?”',
      link: `/purchase-orders/${poId}#comments`,
      documentType: 'purchase_order',
      documentId: poId,
    });
    const emails = await t.ctx.db
      .select({ subject: emailMessages.subject })
      .from(emailMessages)
      .where(eq(emailMessages.toUserId, sameDepartment.userId));
    expect(emails.map((e) => e.subject)).toContain(`bea.buyer mentioned you on purchase order ${poNumber}`);
  });

  it('checks the people mentioned against the document loaded once: the statements do not grow with them', async () => {
    const ops = (await seedDepartment(t.ctx, { name: 'Mentions' })).id;
    const author = actorFor(await seedUser(t.ctx, { roles: ['buyer'], departmentId: ops }));
    const po = await seedPurchaseOrder(t.ctx, { buyer: author, departmentId: ops });
    const people = await Promise.all(
      Array.from({ length: 8 }, () => seedUser(t.ctx, { roles: ['requester'], departmentId: ops })),
    );
    const counting = countingCtx(t);
    const statementsFor = async (mentioned: string[]) => {
      counting.reset();
      await addComment(counting.ctx, {
        actor: author,
        document: { type: 'purchase_order', id: po.id },
        body: 'Please confirm.',
        mentionedUserIds: mentioned,
      });
      return counting.count();
    };
    const one = await statementsFor([people[0]!.id]);
    const eight = await statementsFor(people.map((p) => p.id));
    expect(eight).toBe(one);
  });

  it('refuses to mention someone who cannot open the document, and an unknown id; nothing is written', async () => {
    const before = (
      await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/comments`, as: buyer })
    ).json().items.length;
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${poId}/comments`,
      as: buyer,
      payload: {
        body: 'FYI',
        mentionedUserIds: [otherDepartment.userId, '0190aaaa-0000-7000-8000-000000000000'],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        path: 'mentionedUserIds.0',
        message: `otto.other cannot open purchase order ${poNumber}, so cannot be mentioned on it`,
      },
      { path: 'mentionedUserIds.1', message: 'names no active user' },
    ]);
    const blank = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${poId}/comments`,
      as: buyer,
      payload: { body: '   ' },
    });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().errors[0].path).toBe('body');
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/purchase-orders/${poId}/comments`, as: buyer })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('keeps the thread to those who can read the document, and the auditor out of it', async () => {
    const other = await t.request({
      method: 'GET',
      url: `/api/v1/purchase-orders/${poId}/comments`,
      as: otherDepartment,
    });
    expect(other.statusCode).toBe(404);
    const auditorWrites = await t.request({
      method: 'POST',
      url: `/api/v1/purchase-orders/${poId}/comments`,
      as: auditor,
      payload: { body: 'noted' },
    });
    expect(auditorWrites.statusCode).toBe(403);
  });

  it('finds people to mention by name, for anyone signed in, and only their names', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/people?q=rita', as: otherDepartment });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([{ id: sameDepartment.userId, name: 'rita.requester' }]);
    expect((await t.request({ method: 'GET', url: '/api/v1/people?q=rita' })).statusCode).toBe(401);
  });
});
