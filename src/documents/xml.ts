/**
 * A minimal XML writer: documents are trees of elements built with `el()`, and serialisation is the
 * only place where text becomes markup, so every piece of user text is escaped exactly once.
 *
 * Children that are `null`, `undefined` or `false` are skipped, which lets optional elements be
 * written inline: `el('cbc:Note', {}, doc.notes)` or `doc.taxId && el(…)`.
 */

export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
};

export type XmlChild = XmlElement | string | null | undefined | false;

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

export function el(
  name: string,
  attributes: Record<string, string | null | undefined> = {},
  ...children: XmlChild[]
): XmlElement {
  if (!NAME.test(name)) throw new Error(`Invalid XML element name: ${name}`);
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!NAME.test(key)) throw new Error(`Invalid XML attribute name: ${key}`);
    if (value !== null && value !== undefined) attrs[key] = value;
  }
  return {
    name,
    attributes: attrs,
    children: children.filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false),
  };
}

/** Whether XML 1.0 can carry this code point (the `Char` production of the XML specification). */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/**
 * Characters XML cannot carry at all (C0 controls other than tab, newline and carriage return,
 * unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, so a stray control character pasted into a
 * description never makes the whole document unreadable.
 */
function replaceNonXmlChars(value: string): string {
  let out = '';
  for (const char of value) out += isXmlChar(char.codePointAt(0)!) ? char : '\ufffd';
  return out;
}

export function escapeText(value: string): string {
  return replaceNonXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function serializeElement(element: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attrs = Object.entries(element.attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  if (element.children.length === 0) {
    out.push(`${indent}<${element.name}${attrs}/>`);
    return;
  }
  // Elements holding text are written on one line so no indentation leaks into their value.
  if (element.children.every((c) => typeof c === 'string')) {
    const text = element.children.map((c) => escapeText(c as string).replace(/\r/g, '&#13;')).join('');
    out.push(`${indent}<${element.name}${attrs}>${text}</${element.name}>`);
    return;
  }
  if (element.children.some((c) => typeof c === 'string')) {
    throw new Error(`Mixed content is not supported (element ${element.name})`);
  }
  out.push(`${indent}<${element.name}${attrs}>`);
  for (const child of element.children) serializeElement(child as XmlElement, depth + 1, out);
  out.push(`${indent}</${element.name}>`);
}

/** The document with an XML declaration, indented two spaces per level, ending in a newline. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serializeElement(root, 0, out);
  return `${out.join('\n')}\n`;
}
