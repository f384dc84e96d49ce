import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { PermissionName } from '@/features/auth/use-can';
import { AccountPage } from '@/routes/account-page';
import { ApiTokensPage } from '@/routes/admin/api-tokens-page';
import { ApprovalPoliciesPage } from '@/routes/admin/approval-policies-page';
import { ApprovalPolicyPage, NewApprovalPolicyPage } from '@/routes/admin/approval-policy-page';
import { NewUserPage } from '@/routes/admin/new-user-page';
import { OutboxPage } from '@/routes/admin/outbox-page';
import { RolesPage } from '@/routes/admin/roles-page';
import { UserPage } from '@/routes/admin/user-page';
import { UsersPage } from '@/routes/admin/users-page';
import { WebhookPage } from '@/routes/admin/webhook-page';
import { WebhooksPage } from '@/routes/admin/webhooks-page';
import { ApprovalsPage } from '@/routes/approvals-page';
import { AuditPage } from '@/routes/audit-page';
import { EditItemPage } from '@/routes/catalog/edit-item-page';
import { ItemCategoriesPage } from '@/routes/catalog/item-categories-page';
import { ItemPage } from '@/routes/catalog/item-page';
import { ItemsPage } from '@/routes/catalog/items-page';
import { NewItemPage } from '@/routes/catalog/new-item-page';
import { PriceListsPage } from '@/routes/catalog/price-lists-page';
import { UnitsPage } from '@/routes/catalog/units-page';
import { HomePage } from '@/routes/home-page';
import { LoginPage } from '@/routes/login-page';
import { NotFoundPage } from '@/routes/not-found-page';
import { NotificationsPage } from '@/routes/notifications-page';
import { BudgetsPage } from '@/routes/organisation/budgets-page';
import { CostCentresPage } from '@/routes/organisation/cost-centres-page';
import { CurrenciesPage } from '@/routes/organisation/currencies-page';
import { DepartmentPage } from '@/routes/organisation/department-page';
import { DepartmentsPage } from '@/routes/organisation/departments-page';
import { SettingsPage } from '@/routes/organisation/settings-page';
import { EditPurchaseOrderPage } from '@/routes/purchase-orders/edit-purchase-order-page';
import { NewPurchaseOrderPage } from '@/routes/purchase-orders/new-purchase-order-page';
import { PurchaseOrderPage } from '@/routes/purchase-orders/purchase-order-page';
import { PurchaseOrdersPage } from '@/routes/purchase-orders/purchase-orders-page';
import { SpendPage } from '@/routes/reports/spend-page';
import { EditRequisitionPage } from '@/routes/requisitions/edit-requisition-page';
import { NewRequisitionPage } from '@/routes/requisitions/new-requisition-page';
import { RequisitionPage } from '@/routes/requisitions/requisition-page';
import { RequisitionsPage } from '@/routes/requisitions/requisitions-page';
import { EditSupplierPage } from '@/routes/suppliers/edit-supplier-page';
import { NewSupplierPage } from '@/routes/suppliers/new-supplier-page';
import { SupplierPage } from '@/routes/suppliers/supplier-page';
import { SuppliersPage } from '@/routes/suppliers/suppliers-page';
import { WorkbenchPage } from '@/routes/workbench-page';
import { RequireAuth, RequirePermission } from './guards';
import { Shell } from './shell';

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
          element: <Shell />,
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
