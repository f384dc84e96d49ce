import type { Db } from '../../db/client';
import type { PaymentAccount } from '../../db/schema';
import { bicProblem, compactIban, ibanProblem } from '../../domain/bank-accounts';
import { BUDGET_CONTROLS, type BudgetControl } from '../../domain/organisation';
import { type PartyIdentifiers, partyIdentifierColumns, taxIdProblem } from '../../domain/party-identifiers';
import type { Actor } from '../shared/actor';
import { diff, recordAudit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { AppError, FieldErrors } from '../shared/errors';
import { ROLES } from '../shared/permissions';
import { assertVersion } from '../shared/versioning';
import { type OrganisationAddress, SETTINGS_AUDITED, type Settings, toSettings } from './models';
import * as repo from './repository';
import { clashingFormats, DOCUMENT_TYPE_RE, numberFormatProblem } from './rules';
import { requireSettings } from './validate-organisation';

export type UpdateSettingsInput = {
  organisationName?: string;
  baseCurrency?: string;
  fiscalYearStartMonth?: number;
  /** Formats to set, by document type; document types not named keep their format. */
  numberFormats?: Record<string, string>;
  address?: OrganisationAddress | null;
  overOrderAllowancePercent?: string;
  budgetControl?: BudgetControl;
  budgetApproverRole?: string;
  autoSendOnApproval?: boolean;
  acknowledgementDueDays?: number;
  deliveryReminderDays?: number;
  /** The account suppliers are paid from (payment runs' debtor); null removes it. */
  paymentAccount?: { accountName: string; iban: string; bic?: string | null } | null;
} & Partial<PartyIdentifiers>;

function checkNumberFormats(
  errors: FieldErrors,
  changed: Record<string, string>,
  merged: Record<string, string>,
): void {
  for (const [type, format] of Object.entries(changed)) {
    if (!DOCUMENT_TYPE_RE.test(type)) {
      errors.add(`numberFormats.${type}`, 'document type must be lower-case letters, digits and "_"');
      continue;
    }
    const problem = numberFormatProblem(format);
    if (problem) errors.add(`numberFormats.${type}`, problem);
  }
  for (const [a, b] of clashingFormats(merged)) {
    const path = b in changed ? b : a;
    errors.add(
      `numberFormats.${path}`,
      `has the same text as the ${path === b ? a : b} format; give each document type its own prefix`,
    );
  }
}

/** The paying account as stored: name required, IBAN (check digits) and BIC checked, spaces dropped. */
function paymentAccountOf(
  errors: FieldErrors,
  account: NonNullable<UpdateSettingsInput['paymentAccount']>,
): PaymentAccount | null {
  const accountName = account.accountName?.trim() ?? '';
  if (!accountName) errors.add('paymentAccount.accountName', 'is required');
  else if (accountName.length > 70) errors.add('paymentAccount.accountName', 'must be at most 70 characters');
  const iban = compactIban(account.iban ?? '');
  const ibanTrouble = ibanProblem(iban);
  if (ibanTrouble) errors.add('paymentAccount.iban', ibanTrouble);
  const bic = account.bic?.trim().toUpperCase() || null;
  const bicTrouble = bic ? bicProblem(bic) : null;
  if (bicTrouble) errors.add('paymentAccount.bic', bicTrouble);
  return accountName && !ibanTrouble && !bicTrouble ? { accountName, iban, bic } : null;
}

async function checkBaseCurrency(db: Db, errors: FieldErrors, code: string): Promise<void> {
  // Shared lock: the new base currency cannot be deactivated until this change commits.
  const active = await repo.activeCurrencyCodes(db, [code], { lock: 'share' });
  if (!active.has(code)) errors.add('baseCurrency', `${code} is not an active currency`);
}

/**
 * Changes the settings. A new base currency applies to lookups from now on: rates are kept per
 * currency pair, so rates against the new base must be entered before foreign-currency documents
 * can be converted.
 */
export async function updateSettings(
  ctx: Ctx,
  opts: { actor: Actor; version: number; input: UpdateSettingsInput },
): Promise<Settings> {
  const { input } = opts;
  return ctx.db.transaction(async (tx) => {
    const before = await requireSettings(tx, { lock: 'update' });
    assertVersion(before.version, opts.version);
    const errors = new FieldErrors();
    const organisationName = input.organisationName?.trim();
    if (organisationName === '') errors.add('organisationName', 'is required');
    const month = input.fiscalYearStartMonth;
    if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
      errors.add('fiscalYearStartMonth', 'must be a month number from 1 to 12');
    }
    const numberFormats = input.numberFormats
      ? { ...before.numberFormats, ...input.numberFormats }
      : undefined;
    if (input.numberFormats && numberFormats) checkNumberFormats(errors, input.numberFormats, numberFormats);
    if (input.baseCurrency !== undefined && input.baseCurrency !== before.baseCurrency) {
      await checkBaseCurrency(tx, errors, input.baseCurrency);
    }
    const allowance = input.overOrderAllowancePercent;
    if (allowance !== undefined && !/^\d{1,3}(\.\d{1,2})?$/.test(allowance.trim())) {
      errors.add('overOrderAllowancePercent', 'must be a percentage from 0 to 100 with at most 2 decimals');
    } else if (allowance !== undefined && Number(allowance) > 100) {
      errors.add('overOrderAllowancePercent', 'must be at most 100');
    }
    for (const [field, min] of [
      ['acknowledgementDueDays', 1],
      ['deliveryReminderDays', 0],
    ] as const) {
      const days = input[field];
      if (days !== undefined && (!Number.isInteger(days) || days < min || days > 60)) {
        errors.add(field, `must be a whole number of days from ${min} to 60`);
      }
    }
    if (input.budgetControl !== undefined && !BUDGET_CONTROLS.includes(input.budgetControl)) {
      errors.add('budgetControl', `must be one of ${BUDGET_CONTROLS.join(', ')}`);
    }
    if (
      input.budgetApproverRole !== undefined &&
      !(ROLES as readonly string[]).includes(input.budgetApproverRole)
    ) {
      errors.add('budgetApproverRole', `must be one of the roles: ${ROLES.join(', ')}`);
    }
    const taxId = input.taxId !== undefined ? input.taxId : before.taxId;
    const taxScheme = input.taxScheme !== undefined ? input.taxScheme : before.taxScheme;
    const taxProblem = taxId && taxScheme ? taxIdProblem(taxId, taxScheme) : null;
    if (taxProblem) errors.add('taxId', taxProblem);
    const paymentAccount = input.paymentAccount && paymentAccountOf(errors, input.paymentAccount);
    errors.throwIfAny();

    const patch: Partial<repo.SettingsInsert> = { updatedAt: ctx.clock.now() };
    if (organisationName !== undefined) patch.organisationName = organisationName;
    if (input.baseCurrency !== undefined) patch.baseCurrency = input.baseCurrency;
    if (month !== undefined) patch.fiscalYearStartMonth = month;
    if (numberFormats) patch.numberFormats = numberFormats;
    if (input.address !== undefined) patch.address = input.address;
    if (allowance !== undefined) patch.overOrderAllowancePercent = allowance.trim();
    if (input.budgetControl !== undefined) patch.budgetControl = input.budgetControl;
    if (input.budgetApproverRole !== undefined) patch.budgetApproverRole = input.budgetApproverRole;
    if (input.autoSendOnApproval !== undefined) patch.autoSendOnApproval = input.autoSendOnApproval;
    if (input.acknowledgementDueDays !== undefined)
      patch.acknowledgementDueDays = input.acknowledgementDueDays;
    if (input.deliveryReminderDays !== undefined) patch.deliveryReminderDays = input.deliveryReminderDays;
    if (input.paymentAccount !== undefined) patch.paymentAccount = paymentAccount ?? null;
    Object.assign(patch, partyIdentifierColumns(input));
    const row = await repo.updateSettings(tx, opts.version, patch);
    if (!row) throw AppError.conflict('The settings changed while saving; reload and try again.');
    const settings = toSettings(row);
    const changes = diff(toSettings(before), settings, SETTINGS_AUDITED);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx.clock, {
        actor: opts.actor,
        entityType: 'settings',
        entityId: '1',
        action: 'update',
        changes,
      });
    }
    return settings;
  });
}
