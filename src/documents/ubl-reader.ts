import { DOMParser, type Element, onErrorStopParsing } from '@xmldom/xmldom';
import { type UblDocumentType, validateUbl } from './ubl-schema';

/**
 * Reads a UBL document a supplier's system sent: well-formed, the document type expected, valid
 * under the OASIS schema; then walked by namespace and local name, so any prefixes the sender chose
 * (`cac:`, `ns2:`, a default namespace) read the same. Every problem is said with where it is: a
 * line of the document for what the parser and the schema find, a path (`/DespatchAdvice/cac:
 * DespatchLine[2]/cbc:DeliveredQuantity`, written with the usual prefixes) for what the mapping
 * finds.
 */

export const UBL_CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
export const UBL_CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const PREFIXES = { cbc: UBL_CBC, cac: UBL_CAC } as const;
type Prefix = keyof typeof PREFIXES;

/** The largest document read (a ship notice of some thousand lines is far smaller). */
export const MAX_UBL_BYTES = 5 * 1024 * 1024;

export type XmlProblem = { path: string; message: string };

/** A document that cannot be read as asked, with every problem found. */
export class UblReadError extends Error {
  constructor(
    message: string,
    readonly problems: XmlProblem[],
  ) {
    super(message);
  }
}

const at = (line: number | null | undefined) => (line ? `line ${line}` : 'document');

/** One element and where it is in the document. */
export class UblNode {
  constructor(
    readonly element: Element,
    readonly path: string,
  ) {}

  get line(): number | undefined {
    return this.element.lineNumber;
  }

  children(prefix: Prefix, local: string): UblNode[] {
    const out: Element[] = [];
    const ns = PREFIXES[prefix];
    for (let n = this.element.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) {
        const e = n as Element;
        if (e.localName === local && e.namespaceURI === ns) out.push(e);
      }
    }
    return out.map(
      (e, i) => new UblNode(e, `${this.path}/${prefix}:${local}${out.length > 1 ? `[${i + 1}]` : ''}`),
    );
  }

  child(prefix: Prefix, local: string): UblNode | undefined {
    return this.children(prefix, local)[0];
  }

  /** The element at a path of `prefix:Local` steps below this one (the first at each step). */
  find(...steps: `${Prefix}:${string}`[]): UblNode | undefined {
    let node: UblNode | undefined = this;
    for (const step of steps) {
      const [prefix, local] = step.split(':') as [Prefix, string];
      node = node?.child(prefix, local);
    }
    return node;
  }

  text(): string {
    return (this.element.textContent ?? '').trim();
  }

  /** The trimmed text of the element at these steps, or null when absent or empty. */
  textOf(...steps: `${Prefix}:${string}`[]): string | null {
    const value = this.find(...steps)?.text();
    return value ? value : null;
  }

  attr(name: string): string | null {
    const value = this.element.getAttribute(name);
    return value === null || value.trim() === '' ? null : value.trim();
  }
}

/** The document's text: UTF-8 (a BOM is allowed); any other declared encoding is refused. */
function decode(body: Buffer | string, kind: string): string {
  if (typeof body !== 'string') {
    if (body.length === 0)
      throw new UblReadError('The document is empty.', [{ path: 'document', message: 'is empty' }]);
    if (body.length > MAX_UBL_BYTES) {
      throw new UblReadError('The document is too large.', [
        { path: 'document', message: `is larger than ${MAX_UBL_BYTES / 1024 / 1024} MB` },
      ]);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
    if (text.includes('\uFFFD')) {
      throw new UblReadError('The document is not UTF-8.', [
        { path: 'document', message: `is not valid UTF-8: send ${kind} encoded as UTF-8` },
      ]);
    }
    body = text;
  }
  const text = body.replace(/^\uFEFF/, '');
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new UblReadError('The document is not UTF-8.', [
      { path: 'line 1', message: `declares the encoding ${declared}: send ${kind} encoded as UTF-8` },
    ]);
  }
  return text;
}

/**
 * Parses a document as XML: UTF-8, no DOCTYPE (refusing it refuses entity expansion of any kind),
 * well-formed. `kind` names what is expected in the problems ("UBL documents"). Every problem is
 * thrown as a UblReadError with its place.
 */
export function parseXmlDocument(body: Buffer | string, kind: string): { xml: string; root: Element | null } {
  const xml = decode(body, kind);
  if (/<!DOCTYPE/i.test(xml)) {
    throw new UblReadError('The document declares a DOCTYPE.', [
      { path: 'document', message: `declares a DOCTYPE, which ${kind} do not have` },
    ]);
  }
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'application/xml');
    return { xml, root: doc.documentElement };
  } catch (err) {
    const e = err as { message?: string; locator?: { lineNumber?: number } };
    const message = (e.message ?? 'cannot be read').split('\n')[0]!.replace(/^\[xmldom [^\]]*\]\s*/, '');
    throw new UblReadError('The document is not well-formed XML.', [
      { path: at(e.locator?.lineNumber), message: `is not well-formed XML: ${message}` },
    ]);
  }
}

/**
 * Reads a UBL document of the type expected: 422-worthy problems are thrown as UblReadError with
 * every one of them (each schema finding, with its line).
 */
export async function readUbl(body: Buffer | string, type: UblDocumentType): Promise<UblNode> {
  const { xml, root } = parseXmlDocument(body, 'UBL documents');
  const expected = `urn:oasis:names:specification:ubl:schema:xsd:${type}-2`;
  if (!root || root.localName !== type || root.namespaceURI !== expected) {
    const found = root ? `${root.localName}${root.namespaceURI ? ` (${root.namespaceURI})` : ''}` : 'nothing';
    throw new UblReadError(`The document is not a UBL ${type}.`, [
      { path: `/${root?.localName ?? ''}`, message: `is ${found}, not a UBL ${type} (${expected})` },
    ]);
  }
  const { valid, problems } = await validateUbl(xml, type);
  if (!valid) {
    throw new UblReadError(
      `The document is not a valid UBL ${type}: the OASIS schema finds ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}.`,
      (problems.length > 0 ? problems : [{ line: null, message: 'is not valid under the schema' }]).map(
        (p) => ({
          path: at(p.line),
          message: p.message,
        }),
      ),
    );
  }
  return new UblNode(root, `/${type}`);
}
