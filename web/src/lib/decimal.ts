/**
 * Exact arithmetic on decimal strings for display (e.g. quantity × unit price in a price check).
 * BigInt keeps every digit; nothing passes through a JS number. The server's rounding rules
 * still decide what a document stores.
 */
function parse(value: string): { digits: bigint; scale: number } {
  const v = value.trim();
  const negative = v.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? v.slice(1) : v).split('.');
  return { digits: BigInt(`${negative ? '-' : ''}${whole || '0'}${fraction}`), scale: fraction.length };
}

function render(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = scale > 0 ? text.slice(text.length - scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Whether the text is a plain decimal number ("12", "0.5", "-3.25"). */
export function isDecimal(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value.trim());
}

/** a × b, exactly: "2.5" × "19.99" → "49.975". */
export function multiplyDecimal(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  return render(x.digits * y.digits, x.scale + y.scale);
}

/**
 * An amount as a number to draw a chart's bar with: only for the picture, which needs no more
 * than a few digits. Labels and tooltips show the amount's own text; no sum is made of these.
 */
export function chartHeight(amount: string): number {
  return Number.parseFloat(amount);
}
