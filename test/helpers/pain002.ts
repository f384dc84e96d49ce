/**
 * Bank payment status reports as banks send them (ISO 20022 pain.002.001.10, the EPC SEPA answer
 * to pain.001.001.09, or the older pain.002.001.03): group header, the original group's status,
 * and per payment information block the transactions' statuses with their reasons.
 */
export type SampleTransaction = {
  endToEndId: string;
  status?: string;
  reasons?: { code?: string; proprietary?: string; info?: string[] }[];
  amount?: string;
};

export type SampleReport = {
  version?: '10' | '03';
  messageId?: string;
  originalMessageId: string;
  groupStatus?: string;
  groupReasons?: SampleTransaction['reasons'];
  blocks?: { status?: string; transactions: SampleTransaction[] }[];
  /** Write every element with this namespace prefix (`ns2:`) instead of a default namespace. */
  prefix?: string;
};

function reasons(list: SampleTransaction['reasons'] = [], p: string): string {
  return list
    .map(
      (r) =>
        `<${p}StsRsnInf><${p}Orgtr><${p}Id><${p}OrgId><${p}AnyBIC>COBADEFFXXX</${p}AnyBIC></${p}OrgId></${p}Id></${p}Orgtr>` +
        `<${p}Rsn>${r.code ? `<${p}Cd>${r.code}</${p}Cd>` : `<${p}Prtry>${r.proprietary ?? ''}</${p}Prtry>`}</${p}Rsn>` +
        (r.info ?? []).map((i) => `<${p}AddtlInf>${i}</${p}AddtlInf>`).join('') +
        `</${p}StsRsnInf>`,
    )
    .join('\n        ');
}

export function pain002(report: SampleReport): string {
  const v = report.version ?? '10';
  const p = report.prefix ? `${report.prefix}:` : '';
  const ns = `urn:iso:std:iso:20022:tech:xsd:pain.002.001.${v}`;
  const xmlns = report.prefix ? `xmlns:${report.prefix}="${ns}"` : `xmlns="${ns}"`;
  const bic = v === '10' ? 'BICFI' : 'BIC';
  const anyBic = v === '10' ? 'AnyBIC' : 'BICOrBEI';
  const date = (d: string) => (v === '10' ? `<${p}Dt>${d}</${p}Dt>` : d);
  const blocks = (report.blocks ?? [])
    .map(
      (b, i) => `
    <${p}OrgnlPmtInfAndSts>
      <${p}OrgnlPmtInfId>${report.originalMessageId}${i > 0 ? `-${i + 1}` : ''}</${p}OrgnlPmtInfId>
      ${b.status ? `<${p}PmtInfSts>${b.status}</${p}PmtInfSts>` : ''}
      ${b.transactions
        .map(
          (t, j) => `<${p}TxInfAndSts>
        <${p}StsId>STS${String(j + 1).padStart(6, '0')}</${p}StsId>
        <${p}OrgnlEndToEndId>${t.endToEndId}</${p}OrgnlEndToEndId>
        ${t.status ? `<${p}TxSts>${t.status}</${p}TxSts>` : ''}
        ${reasons(t.reasons, p)}
        <${p}OrgnlTxRef>
          <${p}Amt><${p}InstdAmt Ccy="EUR">${t.amount ?? '100.00'}</${p}InstdAmt></${p}Amt>
          <${p}ReqdExctnDt>${date('2026-03-05')}</${p}ReqdExctnDt>
        </${p}OrgnlTxRef>
      </${p}TxInfAndSts>`,
        )
        .join('\n      ')}
    </${p}OrgnlPmtInfAndSts>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<${p}Document ${xmlns} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <${p}CstmrPmtStsRpt>
    <${p}GrpHdr>
      <${p}MsgId>${report.messageId ?? 'STS-20260305-0001'}</${p}MsgId>
      <${p}CreDtTm>2026-03-05T10:15:00</${p}CreDtTm>
      <${p}InitgPty><${p}Id><${p}OrgId><${p}${anyBic}>COBADEFFXXX</${p}${anyBic}></${p}OrgId></${p}Id></${p}InitgPty>
      <${p}DbtrAgt><${p}FinInstnId><${p}${bic}>BYLADEM1001</${p}${bic}></${p}FinInstnId></${p}DbtrAgt>
    </${p}GrpHdr>
    <${p}OrgnlGrpInfAndSts>
      <${p}OrgnlMsgId>${report.originalMessageId}</${p}OrgnlMsgId>
      <${p}OrgnlMsgNmId>pain.001.001.09</${p}OrgnlMsgNmId>
      ${report.groupStatus ? `<${p}GrpSts>${report.groupStatus}</${p}GrpSts>` : ''}
      ${reasons(report.groupReasons, p)}
    </${p}OrgnlGrpInfAndSts>${blocks}
  </${p}CstmrPmtStsRpt>
</${p}Document>
`;
}
