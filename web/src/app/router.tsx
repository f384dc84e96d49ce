import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { PermissionName } from '@/features/auth/use-can';
import { LoginPage } from '@/routes/login-page';
import { RequireAuth, RequirePermission } from './guards';

/**
 * A page loaded when first visited: each is its own file of the build, so signing in loads only
 * what the sign-in page and the shell need (docs/performance.md#first-load).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

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

const guard = (permission: PermissionName, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
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
            { index: true, element: <HomePage /> },
            { path: 'requisitions', element: guard('requisitions:read', <RequisitionsPage />) },
            { path: 'requisitions/new', element: guard('requisitions:write', <NewRequisitionPage />) },
            { path: 'requisitions/:id', element: guard('requisitions:read', <RequisitionPage />) },
            { path: 'requisitions/:id/edit', element: guard('requisitions:write', <EditRequisitionPage />) },
            { path: 'approvals', element: guard('approvals:act', <ApprovalsPage />) },
            { path: 'workbench', element: guard('workbench:use', <WorkbenchPage />) },
            { path: 'purchase-orders', element: guard('purchase_orders:read', <PurchaseOrdersPage />) },
            {
              path: 'purchase-orders/new',
              element: guard('purchase_orders:write', <NewPurchaseOrderPage />),
            },
            { path: 'purchase-orders/:id', element: guard('purchase_orders:read', <PurchaseOrderPage />) },
            {
              path: 'purchase-orders/:id/edit',
              element: guard('purchase_orders:write', <EditPurchaseOrderPage />),
            },
            { path: 'suppliers', element: guard('suppliers:read', <SuppliersPage />) },
            { path: 'suppliers/new', element: guard('suppliers:write', <NewSupplierPage />) },
            { path: 'suppliers/:id', element: guard('suppliers:read', <SupplierPage />) },
            { path: 'suppliers/:id/edit', element: guard('suppliers:write', <EditSupplierPage />) },
            { path: 'catalog', element: <Navigate to="/catalog/items" replace /> },
            { path: 'catalog/items', element: guard('catalog:read', <ItemsPage />) },
            { path: 'catalog/items/new', element: guard('catalog:write', <NewItemPage />) },
            { path: 'catalog/items/:id', element: guard('catalog:read', <ItemPage />) },
            { path: 'catalog/items/:id/edit', element: guard('catalog:write', <EditItemPage />) },
            { path: 'catalog/categories', element: guard('catalog:read', <ItemCategoriesPage />) },
            { path: 'catalog/units', element: guard('catalog:read', <UnitsPage />) },
            { path: 'catalog/price-lists', element: guard('catalog:read', <PriceListsPage />) },
            { path: 'organisation', element: <Navigate to="/organisation/departments" replace /> },
            { path: 'organisation/departments', element: guard('organisation:read', <DepartmentsPage />) },
            { path: 'organisation/departments/:id', element: guard('organisation:read', <DepartmentPage />) },
            { path: 'organisation/cost-centres', element: guard('organisation:read', <CostCentresPage />) },
            { path: 'organisation/budgets', element: guard('organisation:read', <BudgetsPage />) },
            { path: 'organisation/currencies', element: guard('organisation:read', <CurrenciesPage />) },
            { path: 'organisation/settings', element: guard('organisation:read', <SettingsPage />) },
            { path: 'admin', element: <Navigate to="/admin/users" replace /> },
            { path: 'admin/users', element: guard('users:read', <UsersPage />) },
            { path: 'admin/users/new', element: guard('users:write', <NewUserPage />) },
            { path: 'admin/users/:id', element: guard('users:read', <UserPage />) },
            { path: 'admin/roles', element: guard('users:read', <RolesPage />) },
            { path: 'admin/approval-policies', element: guard('approvals:admin', <ApprovalPoliciesPage />) },
            {
              path: 'admin/approval-policies/new',
              element: guard('approvals:admin', <NewApprovalPolicyPage />),
            },
            {
              path: 'admin/approval-policies/:id',
              element: guard('approvals:admin', <ApprovalPolicyPage />),
            },
            { path: 'admin/api-tokens', element: guard('tokens:own', <ApiTokensPage />) },
            { path: 'admin/outbox', element: guard('outbox:read', <OutboxPage />) },
            { path: 'admin/webhooks', element: guard('webhooks:admin', <WebhooksPage />) },
            { path: 'admin/webhooks/:id', element: guard('webhooks:admin', <WebhookPage />) },
            { path: 'notifications', element: guard('notifications:own', <NotificationsPage />) },
            { path: 'audit', element: guard('audit:read', <AuditPage />) },
            { path: 'reports/spend', element: guard('reports:read', <SpendPage />) },
            { path: 'account', element: <AccountPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
