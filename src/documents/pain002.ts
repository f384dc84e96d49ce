import type { Element } from '@xmldom/xmldom';
import { parseXmlDocument, UblReadError, type XmlProblem } from './ubl-reader';

/**
 * Reads a bank's ISO 20022 customer payment status report (pain.002): the answer to a credit-transfer
 * file. pain.002.001.10 answers pain.001.001.09 in the EPC SEPA profile; pain.002.001.03, which
 * many banks still send, has the same elements where OpenPO reads them. The version is told by the
 * namespace. No schema of pain.002 ships with OpenPO, so the reader checks the structure it needs
 * itself and says every problem at its path in the document
 * (`/Document/CstmrPmtStsRpt/OrgnlPmtInfAndSts/TxInfAndSts[2]/OrgnlEndToEndId`). Elements are found
 * by namespace and local name, so any prefix reads the same. docs/accounts-payable.md.
 */

export const PAIN_002_NAMESPACES = {
  'pain.002.001.10': 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.10',
  'pain.002.001.03': 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.03',
} as const;
export type Pain002Version = keyof typeof PAIN_002_NAMESPACES;

/** A value read from the document and where it was. */
export type Located = { value: string; path: string };

/** Why the bank gave a status: a code (ExternalStatusReason1Code, or a proprietary one) and its texts. */
export type StatusReason = { code: string | null; proprietary: string | null; info: string[] };

export type ReportedTransaction = {
  path: string;
  endToEndId: Located;
  status: Located | null;
  reasons: StatusReason[];
};

export type ReportedPaymentInformation = {
  path: string;
  paymentInformationId: string | null;
  status: Located | null;
  reasons: StatusReason[];
  transactions: ReportedTransaction[];
};

export type PaymentStatusReport = {
  version: Pain002Version;
  messageId: string;
  originalMessageId: Located;
  originalMessageNameId: string | null;
  groupStatus: Located | null;
  groupReasons: StatusReason[];
  paymentInformation: ReportedPaymentInformation[];
};

const ROOT = '/Document/CstmrPmtStsRpt';
const STATUS = /^[A-Z]{4}$/;

/** An element and where it is; children by local name in the document's namespace. */
class Node {
  constructor(
    readonly element: Element,
    readonly path: string,
    private readonly ns: string,
  ) {}

  children(local: string): Node[] {
    const out: Element[] = [];
    for (let n = this.element.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.localName === local && e.namespaceURI === this.ns) out.push(e);
    }
    return out.map(
      (e, i) => new Node(e, `${this.path}/${local}${out.length > 1 ? `[${i + 1}]` : ''}`, this.ns),
    );
  }

  child(...steps: string[]): Node | undefined {
    let node: Node | undefined = this;
    for (const step of steps) node = node?.children(step)[0];
    return node;
  }

  text(...steps: string[]): Located | null {
    const node = this.child(...steps);
    const value = (node?.element.textContent ?? '').trim();
    return node && value ? { value, path: node.path } : null;
  }
}

function reasonsOf(node: Node): StatusReason[] {
  return node.children('StsRsnInf').map((r) => ({
    code: r.text('Rsn', 'Cd')?.value ?? null,
    proprietary: r.text('Rsn', 'Prtry')?.value ?? null,
    info: r
      .children('AddtlInf')
      .map((i) => (i.element.textContent ?? '').trim())
      .filter((t) => t !== ''),
  }));
}

/**
 * Reads a pain.002 document: 422-worthy problems are thrown as a UblReadError with every one of
 * them (not XML, another message, a missing element OpenPO needs, a status that is not a code).
 */
export function readPain002(body: Buffer | string): PaymentStatusReport {
  const { root } = parseXmlDocument(body, 'payment status reports');
  const version = (Object.keys(PAIN_002_NAMESPACES) as Pain002Version[]).find(
    (v) => PAIN_002_NAMESPACES[v] === root?.namespaceURI,
  );
  const found = root ? `${root.localName}${root.namespaceURI ? ` (${root.namespaceURI})` : ''}` : 'nothing';
  if (root?.localName !== 'Document' || !version) {
    throw new UblReadError('The document is not an ISO 20022 payment status report (pain.002).', [
      {
        path: `/${root?.localName ?? ''}`,
        message: `is ${found}, not a pain.002.001.10 or pain.002.001.03 Document`,
      },
    ]);
  }
  const ns = PAIN_002_NAMESPACES[version];
  const report = new Node(root, '/Document', ns).child('CstmrPmtStsRpt');
  if (!report) {
    throw new UblReadError('The document is not a customer payment status report.', [
      { path: '/Document', message: 'has no CstmrPmtStsRpt: it is not a customer payment status report' },
    ]);
  }
  const problems: XmlProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const status = (node: Node, local: string): Located | null => {
    const value = node.text(local);
    if (value && !STATUS.test(value.value)) {
      problem(
        value.path,
        `is "${value.value}", not a status code (four capital letters such as ACSC or RJCT)`,
      );
      return null;
    }
    return value;
  };

  const messageId = report.text('GrpHdr', 'MsgId');
  if (!messageId) problem(`${ROOT}/GrpHdr/MsgId`, 'is missing: the report’s own message id');
  const group = report.child('OrgnlGrpInfAndSts');
  const originalMessageId = group?.text('OrgnlMsgId') ?? null;
  if (!group) problem(`${ROOT}/OrgnlGrpInfAndSts`, 'is missing: which file the report answers');
  else if (!originalMessageId) {
    problem(
      `${ROOT}/OrgnlGrpInfAndSts/OrgnlMsgId`,
      'is missing: the message id of the file the report answers',
    );
  }
  const originalMessageNameId = group?.text('OrgnlMsgNmId')?.value ?? null;
  if (originalMessageNameId && !/^pain\.001\./i.test(originalMessageNameId)) {
    problem(
      `${ROOT}/OrgnlGrpInfAndSts/OrgnlMsgNmId`,
      `is ${originalMessageNameId}: the report answers no credit-transfer file (pain.001)`,
    );
  }
  const groupStatus = group ? status(group, 'GrpSts') : null;

  const paymentInformation: ReportedPaymentInformation[] = report
    .children('OrgnlPmtInfAndSts')
    .map((block) => ({
      path: block.path,
      paymentInformationId: block.text('OrgnlPmtInfId')?.value ?? null,
      status: status(block, 'PmtInfSts'),
      reasons: reasonsOf(block),
      transactions: block.children('TxInfAndSts').flatMap((tx) => {
        const endToEndId = tx.text('OrgnlEndToEndId');
        if (!endToEndId) {
          problem(`${tx.path}/OrgnlEndToEndId`, 'is missing: the end-to-end id of the transfer reported on');
          return [];
        }
        return [{ path: tx.path, endToEndId, status: status(tx, 'TxSts'), reasons: reasonsOf(tx) }];
      }),
    }));
  if (problems.length > 0 || !messageId || !originalMessageId) {
    throw new UblReadError(
      `The payment status report cannot be read: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}.`,
      problems,
    );
  }
  return {
    version,
    messageId: messageId.value,
    originalMessageId,
    originalMessageNameId,
    groupStatus,
    groupReasons: group ? reasonsOf(group) : [],
    paymentInformation,
  };
}
