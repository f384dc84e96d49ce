import type { Icon } from '@tabler/icons-react';
import {
  IconBuildingStore,
  IconCategory,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconClipboardList,
  IconCoins,
  IconFileDollar,
  IconGitBranch,
  IconHistory,
  IconHome,
  IconKey,
  IconMail,
  IconPackage,
  IconReportMoney,
  IconRuler,
  IconSettings,
  IconShieldCheck,
  IconShoppingCart,
  IconSitemap,
  IconTags,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import type { PermissionName } from '@/features/auth/use-can';

export type NavEntry = {
  label: string;
  path: string;
  /** Shown only to users whose roles grant this permission (every signed-in user when absent). */
  permission?: PermissionName;
  /** Heading the entry is listed under (consecutive entries of a group share one heading). */
  group?: 'Reports' | 'Catalog' | 'Organisation' | 'Administration';
  icon: Icon;
};

/**
 * The navbar, in order. One line per page; groups appear when they have an entry the user may see.
 */
export const NAV: NavEntry[] = [
  { label: 'Home', path: '/', icon: IconHome },
  { label: 'Requisitions', path: '/requisitions', permission: 'requisitions:read', icon: IconClipboardList },
  { label: 'Approvals', path: '/approvals', permission: 'approvals:act', icon: IconChecklist },
  { label: 'Workbench', path: '/workbench', permission: 'workbench:use', icon: IconShoppingCart },
  {
    label: 'Purchase orders',
    path: '/purchase-orders',
    permission: 'purchase_orders:read',
    icon: IconFileDollar,
  },
  { label: 'Suppliers', path: '/suppliers', permission: 'suppliers:read', icon: IconBuildingStore },
  {
    label: 'Spend',
    path: '/reports/spend',
    permission: 'reports:read',
    group: 'Reports',
    icon: IconChartBar,
  },
  { label: 'Items', path: '/catalog/items', permission: 'catalog:read', group: 'Catalog', icon: IconPackage },
  {
    label: 'Categories',
    path: '/catalog/categories',
    permission: 'catalog:read',
    group: 'Catalog',
    icon: IconCategory,
  },
  { label: 'Units', path: '/catalog/units', permission: 'catalog:read', group: 'Catalog', icon: IconRuler },
  {
    label: 'Price lists',
    path: '/catalog/price-lists',
    permission: 'catalog:read',
    group: 'Catalog',
    icon: IconTags,
  },
  {
    label: 'Departments',
    path: '/organisation/departments',
    permission: 'organisation:read',
    group: 'Organisation',
    icon: IconSitemap,
  },
  {
    label: 'Cost centres',
    path: '/organisation/cost-centres',
    permission: 'organisation:read',
    group: 'Organisation',
    icon: IconReportMoney,
  },
  {
    label: 'Budgets',
    path: '/organisation/budgets',
    permission: 'organisation:read',
    group: 'Organisation',
    icon: IconChartPie,
  },
  {
    label: 'Currencies & rates',
    path: '/organisation/currencies',
    permission: 'organisation:read',
    group: 'Organisation',
    icon: IconCoins,
  },
  {
    label: 'Settings',
    path: '/organisation/settings',
    permission: 'organisation:read',
    group: 'Organisation',
    icon: IconSettings,
  },
  {
    label: 'Users',
    path: '/admin/users',
    permission: 'users:read',
    group: 'Administration',
    icon: IconUsers,
  },
  {
    label: 'Roles',
    path: '/admin/roles',
    permission: 'users:read',
    group: 'Administration',
    icon: IconShieldCheck,
  },
  {
    label: 'Approval policies',
    path: '/admin/approval-policies',
    permission: 'approvals:admin',
    group: 'Administration',
    icon: IconGitBranch,
  },
  {
    label: 'API tokens',
    path: '/admin/api-tokens',
    permission: 'tokens:own',
    group: 'Administration',
    icon: IconKey,
  },
  {
    label: 'E-mail outbox',
    path: '/admin/outbox',
    permission: 'outbox:read',
    group: 'Administration',
    icon: IconMail,
  },
  {
    label: 'Webhooks',
    path: '/admin/webhooks',
    permission: 'webhooks:admin',
    group: 'Administration',
    icon: IconWebhook,
  },
  { label: 'Audit', path: '/audit', permission: 'audit:read', icon: IconHistory },
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
