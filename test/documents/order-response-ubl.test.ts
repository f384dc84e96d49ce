import { describe, expect, it } from 'vitest';
import { orderResponseCode, renderOrderResponseUbl } from '../../src/documents/order-response-ubl';
import { peppolSampleAnswers, samplePurchaseOrderDocument } from './sample-purchase-order';
import { validateUblOrder } from './ubl-schema';

describe('the supplier’s answer as a PEPPOL Order Response', () => {
  const doc = samplePurchaseOrderDocument();
  const answers = peppolSampleAnswers();

  it.each(Object.entries(answers))(
    '%s validates against the UBL OrderResponse schema',
    async (_name, answer) => {
      const xml = renderOrderResponseUbl(doc, answer);
      const { errors } = await validateUblOrder(xml, 'OrderResponse');
      expect(errors).toEqual([]);
    },
  );

  it('says AP without lines, RE without lines, CA with each line’s status, date, quantity and price', () => {
    expect(orderResponseCode(answers['answer-accepted']!)).toBe('AP');
    expect(renderOrderResponseUbl(doc, answers['answer-accepted']!)).not.toContain('<cac:OrderLine>');
    expect(orderResponseCode(answers['answer-rejected']!)).toBe('RE');
    expect(renderOrderResponseUbl(doc, answers['answer-rejected']!)).not.toContain('<cac:OrderLine>');
    const xml = renderOrderResponseUbl(doc, answers['answer-with-changes']!);
    expect(xml).toContain('<cbc:OrderResponseCode>CA</cbc:OrderResponseCode>');
    expect(xml).toContain(`<cbc:ID>${doc.number}-A3</cbc:ID>`);
    expect(xml).toContain(`<cac:OrderReference>\n    <cbc:ID>${doc.number}</cbc:ID>`);
    const statuses = [...xml.matchAll(/<cbc:LineStatusCode>(\d+)<\/cbc:LineStatusCode>/g)].map((m) => m[1]);
    expect(statuses).toEqual(doc.lines.map((_l, i) => (i === 0 || i === 2 ? '3' : i === 1 ? '7' : '5')));
    expect(xml).toMatch(/<cbc:Quantity unitCode="[A-Z0-9]+">1000<\/cbc:Quantity>/);
    expect(xml).toContain('<cbc:EndDate>2027-01-10</cbc:EndDate>');
    expect(xml).toContain(`<cbc:PriceAmount currencyID="${doc.currency}">25.40</cbc:PriceAmount>`);
  });
});
