import type { ResponseLine } from '../../db/schema';
import { renderOrderResponseUbl } from '../../documents/order-response-ubl';
import { orderDocumentProblems } from '../../documents/purchase-order-ubl';
import type { LineDecision, SupplierResponseSource, SupplierResponseStatus } from '../../domain/dispatch';
import { sha256Hex } from '../discussion';
import * as notifications from '../notifications';
import * as purchaseOrders from '../purchase-orders';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, type FieldError, FieldErrors } from '../shared/errors';
import { inTransaction, recordEvents } from '../shared/events';
import { newId } from '../shared/ids';
import { D, normalize } from '../shared/money';
import { assertVersion } from '../shared/versioning';
import { namedOrderLines, unitDecimalsOf, unitQuantityProblem } from './order-lines';
import * as repo from './repository';
import { sendPurchaseOrder } from './send-purchase-order';
import { assertSupplierUserMayAct } from './supplier-standing';

export type ResponseLineInput = {
  lineNo: number;
  decision: LineDecision;
  promisedDate?: string | null;
  quantity?: string | null;
  unitPrice?: string | null;
  reason?: string | null;
};

export type SupplierResponseInput = {
  /** The order revision answered: an answer to an older one is refused (409). */
  orderRevision: number;
  note?: string | null;
  lines: ResponseLineInput[];
};

export type SupplierResponse = {
  id: string;
  purchaseOrderId: string;
  number: number;
  orderRevision: number;
  status: SupplierResponseStatus;
  source: SupplierResponseSource;
  note: string | null;
  lines: ResponseLine[];
  submittedBy: string | null;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionMessage: string | null;
};

function toResponse(r: repo.ResponseRow): SupplierResponse {
  return {
    id: r.id,
    purchaseOrderId: r.purchaseOrderId,
    number: r.number,
    orderRevision: r.orderRevision,
    status: r.status,
    source: r.source,
    note: r.note,
    lines: r.lines,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    decisionMessage: r.decisionMessage,
  };
}

type OrderLine = purchaseOrders.PurchaseOrderLine;

/** The date a line is due: its own needed-by date, else the order's expected delivery. */
function dueDate(line: OrderLine, order: purchaseOrders.PurchaseOrder): string | null {
  return line.neededBy ?? order.expectedDeliveryDate;
}

/**
 * Checks an answer against the order: every line answered once; a change proposes something
 * different (a date, a quantity, a price); a rejection says why. Returns the lines as kept and
 * whether the answer accepts everything as ordered.
 */
export function checkAnswer(
  order: purchaseOrders.PurchaseOrder,
  input: SupplierResponseInput,
  unitDecimals: Map<string, number>,
): { lines: ResponseLine[]; acceptsAll: boolean } {
  const errors = new FieldErrors();
  const lines: ResponseLine[] = [];
  const named = namedOrderLines(order, input.lines, errors, 'answers');
  for (const { input: l, line, path } of named) {
    const quantity = l.quantity ?? null;
    const unitPrice = l.unitPrice ?? null;
    const reason = l.reason?.trim() || null;
    const promisedDate = l.promisedDate ?? null;
    const differs = {
      quantity: quantity !== null && !D(quantity).eq(line.quantity),
      unitPrice: unitPrice !== null && !D(unitPrice).eq(line.unitPrice),
      date: promisedDate !== null && promisedDate !== dueDate(line, order),
    };
    if (l.decision === 'accept') {
      if (differs.quantity)
        errors.add(`${path}.quantity`, 'is not the ordered quantity: answer "change" to propose another');
      if (differs.unitPrice)
        errors.add(`${path}.unitPrice`, 'is not the ordered price: answer "change" to propose another');
      lines.push({
        lineNo: l.lineNo,
        decision: 'accept',
        promisedDate: promisedDate ?? dueDate(line, order),
        quantity: null,
        unitPrice: null,
        reason: null,
      });
    } else if (l.decision === 'change') {
      if (!differs.quantity && !differs.unitPrice && !differs.date) {
        errors.add(path, 'proposes no change: give another date, quantity or price, or accept the line');
      }
      if (quantity !== null && D(quantity).lte(0)) errors.add(`${path}.quantity`, 'must be more than 0');
      const unitProblem = quantity !== null ? unitQuantityProblem(quantity, line, unitDecimals) : null;
      if (unitProblem) errors.add(`${path}.quantity`, unitProblem);
      if (quantity !== null && D(quantity).lt(line.quantityReceived)) {
        errors.add(`${path}.quantity`, `cannot be less than the ${line.quantityReceived} already received`);
      }
      lines.push({
        lineNo: l.lineNo,
        decision: 'change',
        promisedDate: promisedDate ?? dueDate(line, order),
        quantity: differs.quantity ? quantity : null,
        unitPrice: differs.unitPrice ? unitPrice : null,
        reason,
      });
    } else {
      if (!reason) errors.add(`${path}.reason`, 'is required to reject a line');
      if (D(line.quantityReceived).gt(0))
        errors.add(`${path}.decision`, 'cannot reject a line goods were received against');
      lines.push({
        lineNo: l.lineNo,
        decision: 'reject',
        promisedDate: null,
        quantity: null,
        unitPrice: null,
        reason,
      });
    }
  }
  const answered = new Set(input.lines.map((l) => l.lineNo));
  const missing = order.lines.filter((l) => !answered.has(l.lineNo)).map((l) => l.lineNo);
  if (missing.length > 0) errors.add('lines', `must answer every line; missing: ${missing.join(', ')}`);
  errors.throwIfAny();
  lines.sort((a, b) => a.lineNo - b.lineNo);
  return { lines, acceptsAll: lines.every((l) => l.decision === 'accept') };
}

/**
 * The supplier's answer to a sent order, one submission (portal or UBL OrderResponse). Every line
 * accepted as ordered acknowledges the order and records the promised dates; any change or
 * rejection is a proposal its buyer decides on (the buyer is told). Until then the supplier may
 * answer again: the new answer supersedes the proposal. 404 for an order the supplier's user may
 * not see; 409 when the order is not awaiting an answer or changed since it was read.
 */
export async function submitSupplierResponse(
  ctx: Ctx,
  opts: {
    actor: Actor;
    purchaseOrderId: string;
    input: SupplierResponseInput;
    source: SupplierResponseSource;
    /** The document the answer arrived as (a UBL OrderResponse): kept byte for byte. */
    document?: Buffer;
    /** Says a problem of the answer where the sender wrote it (a path in its document). */
    locate?: (errors: FieldError[]) => FieldError[];
  },
): Promise<SupplierResponse> {
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  await assertSupplierUserMayAct(ctx, opts.actor, 'answers');
  if (order.status !== 'sent') {
    throw AppError.conflict(
      `${order.number} is in status "${order.status}": it is not awaiting your answer.`,
      { currentStatus: order.status },
    );
  }
  if (order.sentRevision !== order.revision) {
    throw AppError.conflict(
      `${order.number} is being changed: the change order will be sent to you; answer it then.`,
      { currentRevision: order.revision },
    );
  }
  if (opts.input.orderRevision !== order.revision) {
    throw AppError.conflict(
      `${order.number} has changed since it was read: answer revision ${order.revision}.`,
      { currentRevision: order.revision },
    );
  }
  let checked: ReturnType<typeof checkAnswer>;
  try {
    checked = checkAnswer(order, opts.input, await unitDecimalsOf(ctx, order));
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation' && opts.locate) {
      throw AppError.validation(opts.locate(err.errors), err.message);
    }
    throw err;
  }
  const { lines, acceptsAll } = checked;
  const now = ctx.clock.now();
  const document = opts.document ? { bytes: opts.document, sha256: sha256Hex(opts.document) } : null;
  return inTransaction(ctx, async (tx) => {
    await repo.lockAnswers(tx.db, order.id);
    // What was checked above holds still: another answer, or the buyer, may have been quicker.
    const now2 = await purchaseOrders.getPurchaseOrder(tx, { actor: opts.actor, id: order.id });
    if (now2.version !== order.version) {
      throw AppError.conflict(`${order.number} changed while you answered: reload it and answer again.`, {
        currentStatus: now2.status,
      });
    }
    const latest = await repo.latestResponse(tx.db, order.id);
    if (latest?.status === 'proposed') await repo.updateResponse(tx.db, latest.id, { status: 'superseded' });
    const row: repo.ResponseInsert = {
      id: newId(now.getTime()),
      purchaseOrderId: order.id,
      supplierId: order.supplierId,
      orderRevision: order.revision,
      number: (latest?.number ?? 0) + 1,
      status: acceptsAll ? 'accepted' : 'proposed',
      source: opts.source,
      note: opts.input.note?.trim() || null,
      lines,
      submittedBy: opts.actor.userId,
      submittedAt: now,
      documentSha256: document?.sha256 ?? null,
    };
    if (document) await repo.insertFiles(tx.db, [{ ...document, createdAt: now }]);
    await repo.insertResponse(tx.db, row);
    if (acceptsAll) {
      await purchaseOrders.acknowledgePurchaseOrder(tx, {
        actor: opts.actor,
        id: order.id,
        version: order.version,
        promisedDates: lines.map((l) => ({ lineNo: l.lineNo, promisedDate: l.promisedDate })),
      });
    }
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: 'supplier_response',
      changes: {
        supplierResponse: {
          before: latest?.status === 'proposed' ? `#${latest.number}` : null,
          after: summary(row),
        },
      },
      reason: row.note ?? null,
    });
    await recordEvents(tx.db, tx.clock, [
      {
        type: 'purchase_order.supplier_answered',
        subject: { type: 'purchase_order', id: order.id },
        actor: opts.actor,
        payload: {
          id: order.id,
          number: order.number,
          responseId: row.id,
          responseNumber: row.number,
          responseStatus: row.status,
          supplierId: order.supplierId,
          buyerId: order.buyerId,
          changed: lines.filter((l) => l.decision === 'change').map((l) => l.lineNo),
          rejected: lines.filter((l) => l.decision === 'reject').map((l) => l.lineNo),
        },
      },
    ]);
    return toResponse({
      ...row,
      seq: 0,
      decidedBy: null,
      decidedAt: null,
      decisionMessage: null,
      note: row.note ?? null,
    } as repo.ResponseRow);
  });
}

function summary(r: Pick<repo.ResponseInsert, 'number' | 'status' | 'lines'>): string {
  const parts = r.lines.map((l) =>
    l.decision === 'accept'
      ? `${l.lineNo} accepted${l.promisedDate ? ` for ${l.promisedDate}` : ''}`
      : l.decision === 'reject'
        ? `${l.lineNo} rejected (${l.reason})`
        : `${l.lineNo} changed:${l.promisedDate ? ` date ${l.promisedDate}` : ''}${l.quantity ? ` quantity ${l.quantity}` : ''}${l.unitPrice ? ` price ${l.unitPrice}` : ''}`,
  );
  return `#${r.number} ${r.status}: ${parts.join('; ')}`;
}

/** The answers to an order, newest first (buyer and the supplier's user alike). */
export async function listSupplierResponses(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string },
): Promise<SupplierResponse[]> {
  await purchaseOrders.assertPurchaseOrderVisible(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  return (await repo.listResponses(ctx.db, opts.purchaseOrderId, 50)).map(toResponse);
}

async function openProposal(
  tx: Ctx,
  order: purchaseOrders.PurchaseOrder,
  responseId: string,
): Promise<repo.ResponseRow> {
  await repo.lockAnswers(tx.db, order.id);
  if (order.status !== 'sent') {
    throw AppError.conflict(
      `${order.number} is in status "${order.status}": no proposal can be decided on.`,
      {
        currentStatus: order.status,
      },
    );
  }
  const latest = await repo.latestResponse(tx.db, order.id);
  if (latest?.status !== 'proposed') {
    throw AppError.conflict(`No proposal of the supplier awaits a decision on ${order.number}.`);
  }
  if (latest.id !== responseId) {
    throw AppError.conflict(
      `The supplier sent a newer answer (answer ${latest.number}) to ${order.number}: look at it before deciding.`,
      { currentResponseId: latest.id },
    );
  }
  if (latest.orderRevision !== order.revision) {
    throw AppError.conflict(
      `${order.number} changed after the supplier answered revision ${latest.orderRevision}: ask the supplier to answer revision ${order.revision}.`,
    );
  }
  return latest;
}

/**
 * The buyer accepts the supplier's proposal: a change order through the revision path (changed
 * quantities, prices and dates; rejected lines removed), with the approval policy's re-approval
 * rules. When it needs no re-approval it is sent back to the supplier as the change and the order
 * is acknowledged with the promised dates; otherwise it waits for approval and is sent after it.
 */
export async function acceptSupplierProposal(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; version: number; responseId: string },
): Promise<purchaseOrders.PurchaseOrder> {
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  assertVersion(order.version, opts.version);
  return inTransaction(ctx, async (tx) => {
    const proposal = await openProposal(tx, order, opts.responseId);
    const answers = new Map(proposal.lines.map((l) => [l.lineNo, l]));
    const kept = order.lines.filter((l) => answers.get(l.lineNo)?.decision !== 'reject');
    if (kept.length === 0) {
      throw AppError.conflict(
        `The supplier rejected every line of ${order.number}: cancel the order instead.`,
      );
    }
    const lines = kept.map((l) => {
      const a = answers.get(l.lineNo);
      const change = a?.decision === 'change';
      const quantity = change && a.quantity ? a.quantity : l.quantity;
      return {
        lineNo: l.lineNo,
        itemId: l.itemId,
        description: l.description,
        quantity,
        ...sourcesWithin(l.sources, quantity),
        unitCode: l.unitCode,
        unitPrice: change && a.unitPrice ? a.unitPrice : l.unitPrice,
        discountPercent: l.discountPercent,
        taxRate: l.taxRate,
        taxCategory: l.taxCategory,
        neededBy: change && a.promisedDate ? a.promisedDate : l.neededBy,
        costCentreId: l.costCentreId,
      };
    });
    const revised = await purchaseOrders.updatePurchaseOrder(tx, {
      actor: opts.actor,
      id: order.id,
      version: order.version,
      input: { lines, reason: `Supplier's proposal #${proposal.number} accepted` },
    });
    const now = tx.clock.now();
    await repo.updateResponse(tx.db, proposal.id, {
      status: 'proposal_accepted',
      decidedBy: opts.actor.userId,
      decidedAt: now,
    });
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: 'accept_supplier_proposal',
      changes: {
        supplierResponse: { before: `#${proposal.number} proposed`, after: `#${proposal.number} accepted` },
      },
    });
    if (revised.status !== 'sent') return revised;
    // No re-approval: the change goes back to the supplier, and what it proposed is agreed.
    const sent = await sendPurchaseOrder(tx, { actor: opts.actor, id: order.id, version: revised.version });
    return purchaseOrders.acknowledgePurchaseOrder(tx, {
      actor: opts.actor,
      id: order.id,
      version: sent.version,
      promisedDates: proposal.lines
        .filter((l) => l.decision !== 'reject')
        .map((l) => ({ lineNo: l.lineNo, promisedDate: l.promisedDate })),
    });
  });
}

/**
 * A line's requisition sources once its quantity is lowered to `quantity`, when it now orders less
 * than they asked for: what it no longer orders goes back to the requisitions, the latest source
 * first (as a short-close gives it back). Otherwise nothing: the line keeps its sources as they are.
 */
function sourcesWithin(
  sources: purchaseOrders.PurchaseOrderLine['sources'],
  quantity: string,
): { sources?: { requisitionLineId: string; quantity: string }[] } {
  const beyond = sources.reduce((sum, s) => sum.plus(s.quantity), D(0)).minus(quantity);
  if (beyond.lte(0)) return {};
  const release = new Map(
    purchaseOrders
      .releaseFromSources(sources, normalize(beyond.toFixed()))
      .map((r) => [r.source.requisitionLineId, r.release]),
  );
  return {
    sources: sources.flatMap((s) => {
      const left = D(s.quantity).minus(release.get(s.requisitionLineId) ?? '0');
      return left.gt(0)
        ? [{ requisitionLineId: s.requisitionLineId, quantity: normalize(left.toFixed()) }]
        : [];
    }),
  };
}

/** The buyer declines the supplier's proposal with a message; the supplier's user who made it is told. */
export async function declineSupplierProposal(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; responseId: string; message: string },
): Promise<SupplierResponse> {
  const message = opts.message.trim();
  if (!message) throw AppError.field('message', 'is required to decline a proposal');
  const order = await purchaseOrders.getPurchaseOrder(ctx, { actor: opts.actor, id: opts.purchaseOrderId });
  return inTransaction(ctx, async (tx) => {
    const proposal = await openProposal(tx, order, opts.responseId);
    const now = tx.clock.now();
    const patch = {
      status: 'proposal_declined' as const,
      decidedBy: opts.actor.userId,
      decidedAt: now,
      decisionMessage: message,
    };
    await repo.updateResponse(tx.db, proposal.id, patch);
    await recordAudit(tx.db, tx.clock, {
      actor: opts.actor,
      entityType: 'purchase_order',
      entityId: order.id,
      action: 'decline_supplier_proposal',
      changes: {
        supplierResponse: { before: `#${proposal.number} proposed`, after: `#${proposal.number} declined` },
      },
      reason: message,
    });
    if (proposal.submittedBy) {
      await notifications.notify(tx, {
        userIds: [proposal.submittedBy],
        kind: 'supplier_proposal_declined',
        message: (i18n) => ({
          title: i18n._({
            id: 'dispatch.declined.title',
            message: 'Your proposal for {number} was declined',
            values: { number: order.number },
          }),
          body: i18n._({
            id: 'dispatch.declined.body',
            message: '{buyer}: “{message}” The order stands as sent; answer it again in the portal.',
            values: { buyer: opts.actor.name, message },
          }),
        }),
        link: `/portal/orders/${order.id}`,
        document: { type: 'purchase_order', id: order.id },
      });
    }
    return toResponse({ ...proposal, ...patch });
  });
}

/** Where the latest answer of each order stands, by order id. */
export async function latestAnswerStates(
  ctx: Ctx,
  orderIds: string[],
): Promise<Map<string, SupplierResponseStatus>> {
  const rows = await repo.latestResponsesOf(ctx.db, orderIds);
  return new Map(rows.map((r) => [r.purchaseOrderId, r.status]));
}

/**
 * An answer as a PEPPOL Order Response (UBL XML), for the buyer and for the supplier's user alike.
 * 409 names what the order lacks for PEPPOL (the parties' electronic addresses).
 */
export async function supplierResponseUbl(
  ctx: Ctx,
  opts: { actor: Actor; purchaseOrderId: string; responseId: string },
): Promise<{ fileName: string; xml: string }> {
  const doc = await purchaseOrders.getPurchaseOrderDocument(ctx, {
    actor: opts.actor,
    id: opts.purchaseOrderId,
  });
  const row = await repo.findResponse(ctx.db, opts.purchaseOrderId, opts.responseId);
  if (!row) throw AppError.notFound('Supplier response', opts.responseId);
  // What the order itself lacks for PEPPOL, said as the order's download says it (a response names
  // no addresses, so the supplier's address is not needed).
  const missing = orderDocumentProblems(doc).filter((p) => p.path !== 'supplier.addresses');
  if (missing.length > 0) {
    throw new AppError(
      'conflict',
      `The answer cannot be written as a PEPPOL Order Response: ${missing.map((m) => m.message).join('; ')}.`,
      { errors: missing },
    );
  }
  const xml = renderOrderResponseUbl(doc, {
    number: row.number,
    submittedAt: row.submittedAt.toISOString(),
    note: row.note,
    lines: row.lines,
  });
  return { fileName: `${doc.number}-answer-${row.number}.xml`, xml };
}
