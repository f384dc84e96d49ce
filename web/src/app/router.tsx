import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import type { PermissionName } from '@/features/auth/use-can';
import { LoginPage } from '@/routes/login-page';
import { RequireAuth, RequirePermission } from './guards';

/**
 * A page loaded when first visited: each is its own file of the build, so signing in loads only
 * what the sign-in page and the shell need (docs/performance.md#first-load).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return Object.assign(
    lazy(async () => ({ default: (await load())[name] })),
    { preload: load },
  );
}

type Page = ReturnType<typeof page>;

const AccountPage = page(() => import('@/routes/account-page'), 'AccountPage');
const ApiTokensPage = page(() => import('@/routes/admin/api-tokens-page'), 'ApiTokensPage');
const ApprovalPoliciesPage = page(
  () => import('@/routes/admin/approval-policies-page'),
  'ApprovalPoliciesPage',
);
const ApprovalPolicyPage = page(() => import('@/routes/admin/approval-policy-page'), 'ApprovalPolicyPage');
const NewApprovalPolicyPage = page(
  () => import('@/routes/admin/approval-policy-page'),
  'NewApprovalPolicyPage',
);
const NewUserPage = page(() => import('@/routes/admin/new-user-page'), 'NewUserPage');
const OutboxPage = page(() => import('@/routes/admin/outbox-page'), 'OutboxPage');
const RolesPage = page(() => import('@/routes/admin/roles-page'), 'RolesPage');
const UserPage = page(() => import('@/routes/admin/user-page'), 'UserPage');
const UsersPage = page(() => import('@/routes/admin/users-page'), 'UsersPage');
const WebhookPage = page(() => import('@/routes/admin/webhook-page'), 'WebhookPage');
const WebhooksPage = page(() => import('@/routes/admin/webhooks-page'), 'WebhooksPage');
const ApprovalsPage = page(() => import('@/routes/approvals-page'), 'ApprovalsPage');
const AuditPage = page(() => import('@/routes/audit-page'), 'AuditPage');
const EditItemPage = page(() => import('@/routes/catalog/edit-item-page'), 'EditItemPage');
const ItemCategoriesPage = page(() => import('@/routes/catalog/item-categories-page'), 'ItemCategoriesPage');
const ItemPage = page(() => import('@/routes/catalog/item-page'), 'ItemPage');
const ItemsPage = page(() => import('@/routes/catalog/items-page'), 'ItemsPage');
const NewItemPage = page(() => import('@/routes/catalog/new-item-page'), 'NewItemPage');
const PriceListsPage = page(() => import('@/routes/catalog/price-lists-page'), 'PriceListsPage');
const UnitsPage = page(() => import('@/routes/catalog/units-page'), 'UnitsPage');
const HomePage = page(() => import('@/routes/home-page'), 'HomePage');
const NotFoundPage = page(() => import('@/routes/not-found-page'), 'NotFoundPage');
const NotificationsPage = page(() => import('@/routes/notifications-page'), 'NotificationsPage');
const BudgetsPage = page(() => import('@/routes/organisation/budgets-page'), 'BudgetsPage');
const CostCentresPage = page(() => import('@/routes/organisation/cost-centres-page'), 'CostCentresPage');
const CurrenciesPage = page(() => import('@/routes/organisation/currencies-page'), 'CurrenciesPage');
const DepartmentPage = page(() => import('@/routes/organisation/department-page'), 'DepartmentPage');
const DepartmentsPage = page(() => import('@/routes/organisation/departments-page'), 'DepartmentsPage');
const SettingsPage = page(() => import('@/routes/organisation/settings-page'), 'SettingsPage');
const EditPurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/edit-purchase-order-page'),
  'EditPurchaseOrderPage',
);
const NewPurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/new-purchase-order-page'),
  'NewPurchaseOrderPage',
);
const PurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/purchase-order-page'),
  'PurchaseOrderPage',
);
const PurchaseOrdersPage = page(
  () => import('@/routes/purchase-orders/purchase-orders-page'),
  'PurchaseOrdersPage',
);
const SpendPage = page(() => import('@/routes/reports/spend-page'), 'SpendPage');
const EditRequisitionPage = page(
  () => import('@/routes/requisitions/edit-requisition-page'),
  'EditRequisitionPage',
);
const NewRequisitionPage = page(
  () => import('@/routes/requisitions/new-requisition-page'),
  'NewRequisitionPage',
);
const RequisitionPage = page(() => import('@/routes/requisitions/requisition-page'), 'RequisitionPage');
const RequisitionsPage = page(() => import('@/routes/requisitions/requisitions-page'), 'RequisitionsPage');
const EditSupplierPage = page(() => import('@/routes/suppliers/edit-supplier-page'), 'EditSupplierPage');
const NewSupplierPage = page(() => import('@/routes/suppliers/new-supplier-page'), 'NewSupplierPage');
const SupplierPage = page(() => import('@/routes/suppliers/supplier-page'), 'SupplierPage');
const SuppliersPage = page(() => import('@/routes/suppliers/suppliers-page'), 'SuppliersPage');
const WorkbenchPage = page(() => import('@/routes/workbench-page'), 'WorkbenchPage');

// The shell (navigation, bell, account menu) too: the sign-in page does not need it.
const Shell = page(() => import('./shell'), 'Shell');

/** A page behind a permission; its code can be fetched ahead of a visit (`preloadRoute`). */
const route = (path: string, permission: PermissionName, Component: Page): RouteObject => ({
  path,
  element: (
    <RequirePermission permission={permission}>
      <Component />
    </RequirePermission>
  ),
  handle: { preload: Component.preload },
});

/**
 * Fetches the code of the shell and of the page at `path` without showing them: the sign-in page
 * calls it once the user starts typing, so that what comes after signing in is there by then.
 */
function preloadAfterSignIn(path: string): void {
  void Shell.preload();
  for (const match of matchRoutes(routes, path) ?? []) {
    const preload = (match.route.handle as { preload?: () => Promise<unknown> } | undefined)?.preload;
    if (preload) void preload();
  }
}

export function createRouter() {
  return createBrowserRouter(routes);
}

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage onIntent={preloadAfterSignIn} /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: (
          <Suspense
            fallback={
              <Center h="100vh">
                <Loader aria-label="Loading OpenPO" />
              </Center>
            }
          >
            <Shell />
          </Suspense>
        ),
        children: [
          { index: true, element: <HomePage />, handle: { preload: HomePage.preload } },
          route('requisitions', 'requisitions:read', RequisitionsPage),
          route('requisitions/new', 'requisitions:write', NewRequisitionPage),
          route('requisitions/:id', 'requisitions:read', RequisitionPage),
          route('requisitions/:id/edit', 'requisitions:write', EditRequisitionPage),
          route('approvals', 'approvals:act', ApprovalsPage),
          route('workbench', 'workbench:use', WorkbenchPage),
          route('purchase-orders', 'purchase_orders:read', PurchaseOrdersPage),
          route('purchase-orders/new', 'purchase_orders:write', NewPurchaseOrderPage),
          route('purchase-orders/:id', 'purchase_orders:read', PurchaseOrderPage),
          route('purchase-orders/:id/edit', 'purchase_orders:write', EditPurchaseOrderPage),
          route('suppliers', 'suppliers:read', SuppliersPage),
          route('suppliers/new', 'suppliers:write', NewSupplierPage),
          route('suppliers/:id', 'suppliers:read', SupplierPage),
          route('suppliers/:id/edit', 'suppliers:write', EditSupplierPage),
          { path: 'catalog', element: <Navigate to="/catalog/items" replace /> },
          route('catalog/items', 'catalog:read', ItemsPage),
          route('catalog/items/new', 'catalog:write', NewItemPage),
          route('catalog/items/:id', 'catalog:read', ItemPage),
          route('catalog/items/:id/edit', 'catalog:write', EditItemPage),
          route('catalog/categories', 'catalog:read', ItemCategoriesPage),
          route('catalog/units', 'catalog:read', UnitsPage),
          route('catalog/price-lists', 'catalog:read', PriceListsPage),
          { path: 'organisation', element: <Navigate to="/organisation/departments" replace /> },
          route('organisation/departments', 'organisation:read', DepartmentsPage),
          route('organisation/departments/:id', 'organisation:read', DepartmentPage),
          route('organisation/cost-centres', 'organisation:read', CostCentresPage),
          route('organisation/budgets', 'organisation:read', BudgetsPage),
          route('organisation/currencies', 'organisation:read', CurrenciesPage),
          route('organisation/settings', 'organisation:read', SettingsPage),
          { path: 'admin', element: <Navigate to="/admin/users" replace /> },
          route('admin/users', 'users:read', UsersPage),
          route('admin/users/new', 'users:write', NewUserPage),
          route('admin/users/:id', 'users:read', UserPage),
          route('admin/roles', 'users:read', RolesPage),
          route('admin/approval-policies', 'approvals:admin', ApprovalPoliciesPage),
          route('admin/approval-policies/new', 'approvals:admin', NewApprovalPolicyPage),
          route('admin/approval-policies/:id', 'approvals:admin', ApprovalPolicyPage),
          route('admin/api-tokens', 'tokens:own', ApiTokensPage),
          route('admin/outbox', 'outbox:read', OutboxPage),
          route('admin/webhooks', 'webhooks:admin', WebhooksPage),
          route('admin/webhooks/:id', 'webhooks:admin', WebhookPage),
          route('notifications', 'notifications:own', NotificationsPage),
          route('audit', 'audit:read', AuditPage),
          route('reports/spend', 'reports:read', SpendPage),
          { path: 'account', element: <AccountPage />, handle: { preload: AccountPage.preload } },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
