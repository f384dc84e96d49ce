import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Icon } from '@tabler/icons-react';
import {
  IconAdjustmentsStar,
  IconArrowsDiff,
  IconArrowsExchange,
  IconAward,
  IconBuildingBank,
  IconBuildingStore,
  IconCalendarDue,
  IconCash,
  IconCategory,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconClipboardList,
  IconCoins,
  IconDiscount,
  IconFileDollar,
  IconFileImport,
  IconFilePlus,
  IconGitBranch,
  IconHistory,
  IconHome,
  IconKey,
  IconMail,
  IconPackage,
  IconPackageImport,
  IconPackages,
  IconReceipt,
  IconReceiptOff,
  IconReportMoney,
  IconRuler,
  IconSettings,
  IconShieldCheck,
  IconShoppingCart,
  IconSitemap,
  IconTags,
  IconTruckDelivery,
  IconTruckReturn,
  IconUsers,
  IconWebhook,
  IconZoomCheck,
} from '@tabler/icons-react';
import type { PermissionName } from '@/features/auth/use-can';

export type NavGroup = 'payables' | 'reports' | 'catalog' | 'organisation' | 'administration';

/** The headings of the groups, shown with `i18n._(…)`. */
export const NAV_GROUP_LABELS: Record<NavGroup, MessageDescriptor> = {
  payables: msg`Accounts payable`,
  reports: msg`Reports`,
  catalog: msg`Catalog`,
  organisation: msg`Organisation`,
  administration: msg`Administration`,
};

export type NavEntry = {
  /** The page's name in the menu, shown with `i18n._(…)`. */
  label: MessageDescriptor;
  path: string;
  /** Shown only to users whose roles grant this permission (every signed-in user when absent). */
  permission?: PermissionName;
  /** Heading the entry is listed under (consecutive entries of a group share one heading). */
  group?: NavGroup;
  icon: Icon;
};

/**
 * The navbar, in order. One line per page; groups appear when they have an entry the user may see.
 */
export const NAV: NavEntry[] = [
  { label: msg`Home`, path: '/', icon: IconHome },
  {
    label: msg`Requisitions`,
    path: '/requisitions',
    permission: 'requisitions:read',
    icon: IconClipboardList,
  },
  { label: msg`Approvals`, path: '/approvals', permission: 'approvals:act', icon: IconChecklist },
  { label: msg`Workbench`, path: '/workbench', permission: 'workbench:use', icon: IconShoppingCart },
  {
    label: msg`Purchase orders`,
    path: '/purchase-orders',
    permission: 'purchase_orders:read',
    icon: IconFileDollar,
  },
  {
    label: msg`Delivery tracking`,
    path: '/tracking',
    permission: 'purchase_orders:read',
    icon: IconTruckDelivery,
  },
  { label: msg`Receiving`, path: '/receiving', permission: 'receiving:write', icon: IconPackageImport },
  {
    label: msg`Inspection queue`,
    path: '/inspections',
    permission: 'receiving:read',
    icon: IconZoomCheck,
  },
  { label: msg`Returns`, path: '/returns', permission: 'receiving:read', icon: IconTruckReturn },
  { label: msg`Suppliers`, path: '/suppliers', permission: 'suppliers:read', icon: IconBuildingStore },
  {
    label: msg`Scorecards`,
    path: '/suppliers/scorecards',
    permission: 'scorecards:read',
    icon: IconAward,
  },
  {
    label: msg`Invoices`,
    path: '/invoices',
    permission: 'invoices:read',
    group: 'payables',
    icon: IconReceipt,
  },
  {
    label: msg`Exceptions`,
    path: '/invoice-exceptions',
    permission: 'invoices:read',
    group: 'payables',
    icon: IconReceiptOff,
  },
  {
    label: msg`Enter invoice`,
    path: '/invoices/new',
    permission: 'invoices:write',
    group: 'payables',
    icon: IconFilePlus,
  },
  {
    label: msg`Import invoices`,
    path: '/invoices/import',
    permission: 'invoices:write',
    group: 'payables',
    icon: IconFileImport,
  },
  {
    label: msg`Payment runs`,
    path: '/payment-runs',
    permission: 'payments:read',
    group: 'payables',
    icon: IconBuildingBank,
  },
  {
    label: msg`Payments`,
    path: '/payments',
    permission: 'payments:read',
    group: 'payables',
    icon: IconCash,
  },
  {
    label: msg`Spend`,
    path: '/reports/spend',
    permission: 'reports:read',
    group: 'reports',
    icon: IconChartBar,
  },
  {
    label: msg`Goods received not invoiced`,
    path: '/reports/grni',
    permission: 'reports:read',
    group: 'reports',
    icon: IconPackages,
  },
  {
    label: msg`AP aging`,
    path: '/reports/ap-aging',
    permission: 'reports:read',
    group: 'reports',
    icon: IconCalendarDue,
  },
  {
    label: msg`Discounts`,
    path: '/reports/discounts',
    permission: 'reports:read',
    group: 'reports',
    icon: IconDiscount,
  },
  {
    label: msg`Exchange differences`,
    path: '/reports/exchange-differences',
    permission: 'reports:read',
    group: 'reports',
    icon: IconArrowsExchange,
  },
  {
    label: msg`Items`,
    path: '/catalog/items',
    permission: 'catalog:read',
    group: 'catalog',
    icon: IconPackage,
  },
  {
    label: msg`Categories`,
    path: '/catalog/categories',
    permission: 'catalog:read',
    group: 'catalog',
    icon: IconCategory,
  },
  {
    label: msg`Units`,
    path: '/catalog/units',
    permission: 'catalog:read',
    group: 'catalog',
    icon: IconRuler,
  },
  {
    label: msg`Price lists`,
    path: '/catalog/price-lists',
    permission: 'catalog:read',
    group: 'catalog',
    icon: IconTags,
  },
  {
    label: msg`Departments`,
    path: '/organisation/departments',
    permission: 'organisation:read',
    group: 'organisation',
    icon: IconSitemap,
  },
  {
    label: msg`Cost centres`,
    path: '/organisation/cost-centres',
    permission: 'organisation:read',
    group: 'organisation',
    icon: IconReportMoney,
  },
  {
    label: msg`Budgets`,
    path: '/organisation/budgets',
    permission: 'organisation:read',
    group: 'organisation',
    icon: IconChartPie,
  },
  {
    label: msg`Currencies & rates`,
    path: '/organisation/currencies',
    permission: 'organisation:read',
    group: 'organisation',
    icon: IconCoins,
  },
  {
    label: msg`Tolerances`,
    path: '/organisation/tolerances',
    permission: 'organisation:read',
    group: 'organisation',
    icon: IconArrowsDiff,
  },
  {
    label: msg`Scorecard settings`,
    path: '/organisation/scorecard-settings',
    permission: 'scorecards:read',
    group: 'organisation',
    icon: IconAdjustmentsStar,
  },
  {
    label: msg`Settings`,
    path: '/organisation/settings',
    permission: 'organisation:read',
    group: 'organisation',
    icon: IconSettings,
  },
  {
    label: msg`Users`,
    path: '/admin/users',
    permission: 'users:read',
    group: 'administration',
    icon: IconUsers,
  },
  {
    label: msg`Roles`,
    path: '/admin/roles',
    permission: 'users:read',
    group: 'administration',
    icon: IconShieldCheck,
  },
  {
    label: msg`Approval policies`,
    path: '/admin/approval-policies',
    permission: 'approvals:admin',
    group: 'administration',
    icon: IconGitBranch,
  },
  {
    label: msg`API tokens`,
    path: '/admin/api-tokens',
    permission: 'tokens:own',
    group: 'administration',
    icon: IconKey,
  },
  {
    label: msg`E-mail outbox`,
    path: '/admin/outbox',
    permission: 'outbox:read',
    group: 'administration',
    icon: IconMail,
  },
  {
    label: msg`Webhooks`,
    path: '/admin/webhooks',
    permission: 'webhooks:admin',
    group: 'administration',
    icon: IconWebhook,
  },
  { label: msg`Audit`, path: '/audit', permission: 'audit:read', icon: IconHistory },
];

export type NavSection = { key: string; group?: NavEntry['group']; entries: NavEntry[] };

/** Splits entries into runs of the same group, keeping the order of NAV. */
export function navSections(entries: NavEntry[]): NavSection[] {
  const sections: NavSection[] = [];
  for (const entry of entries) {
    const last = sections[sections.length - 1];
    if (last && last.group === entry.group) last.entries.push(entry);
    else
      sections.push({ key: `${entry.group ?? 'top'}-${entry.path}`, group: entry.group, entries: [entry] });
  }
  return sections;
}
