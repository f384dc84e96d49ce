import { useLingui } from '@lingui/react/macro';
import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import type { PermissionName } from '@/features/auth/use-can';
import { activateLanguage, currentLanguage } from '@/i18n';
import { LoginPage } from '@/routes/login-page';
import { InternalOnly, RequireAuth, RequirePermission } from './guards';

/**
 * A page loaded when first visited: each is its own file of the build, so signing in loads only
 * what the sign-in page and the shell need (docs/performance.md#first-load).
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return Object.assign(
    lazy(async () => ({ default: pick(await load()) })),
    { preload: load },
  );
}

type Page = ReturnType<typeof page>;

const AccountPage = page(
  () => import('@/routes/account-page'),
  (m) => m.AccountPage,
);
const ApiTokensPage = page(
  () => import('@/routes/admin/api-tokens-page'),
  (m) => m.ApiTokensPage,
);
const ApprovalPoliciesPage = page(
  () => import('@/routes/admin/approval-policies-page'),
  (m) => m.ApprovalPoliciesPage,
);
const ApprovalPolicyPage = page(
  () => import('@/routes/admin/approval-policy-page'),
  (m) => m.ApprovalPolicyPage,
);
const NewApprovalPolicyPage = page(
  () => import('@/routes/admin/approval-policy-page'),
  (m) => m.NewApprovalPolicyPage,
);
const NewUserPage = page(
  () => import('@/routes/admin/new-user-page'),
  (m) => m.NewUserPage,
);
const OutboxPage = page(
  () => import('@/routes/admin/outbox-page'),
  (m) => m.OutboxPage,
);
const RolesPage = page(
  () => import('@/routes/admin/roles-page'),
  (m) => m.RolesPage,
);
const UserPage = page(
  () => import('@/routes/admin/user-page'),
  (m) => m.UserPage,
);
const UsersPage = page(
  () => import('@/routes/admin/users-page'),
  (m) => m.UsersPage,
);
const WebhookPage = page(
  () => import('@/routes/admin/webhook-page'),
  (m) => m.WebhookPage,
);
const WebhooksPage = page(
  () => import('@/routes/admin/webhooks-page'),
  (m) => m.WebhooksPage,
);
const ApprovalsPage = page(
  () => import('@/routes/approvals-page'),
  (m) => m.ApprovalsPage,
);
const AuditPage = page(
  () => import('@/routes/audit-page'),
  (m) => m.AuditPage,
);
const EditItemPage = page(
  () => import('@/routes/catalog/edit-item-page'),
  (m) => m.EditItemPage,
);
const EditDraftInvoicePage = page(
  () => import('@/routes/invoicing/enter-invoice-page'),
  (m) => m.EditDraftInvoicePage,
);
const ImportInvoicesPage = page(
  () => import('@/routes/invoicing/import-invoices-page'),
  (m) => m.ImportInvoicesPage,
);
const NewInvoicePage = page(
  () => import('@/routes/invoicing/enter-invoice-page'),
  (m) => m.NewInvoicePage,
);
const ItemCategoriesPage = page(
  () => import('@/routes/catalog/item-categories-page'),
  (m) => m.ItemCategoriesPage,
);
const ItemPage = page(
  () => import('@/routes/catalog/item-page'),
  (m) => m.ItemPage,
);
const ItemsPage = page(
  () => import('@/routes/catalog/items-page'),
  (m) => m.ItemsPage,
);
const NewItemPage = page(
  () => import('@/routes/catalog/new-item-page'),
  (m) => m.NewItemPage,
);
const PriceListsPage = page(
  () => import('@/routes/catalog/price-lists-page'),
  (m) => m.PriceListsPage,
);
const UnitsPage = page(
  () => import('@/routes/catalog/units-page'),
  (m) => m.UnitsPage,
);
const HomePage = page(
  () => import('@/routes/home-page'),
  (m) => m.HomePage,
);
const NotFoundPage = page(
  () => import('@/routes/not-found-page'),
  (m) => m.NotFoundPage,
);
const NotificationsPage = page(
  () => import('@/routes/notifications-page'),
  (m) => m.NotificationsPage,
);
const BudgetsPage = page(
  () => import('@/routes/organisation/budgets-page'),
  (m) => m.BudgetsPage,
);
const CostCentresPage = page(
  () => import('@/routes/organisation/cost-centres-page'),
  (m) => m.CostCentresPage,
);
const CurrenciesPage = page(
  () => import('@/routes/organisation/currencies-page'),
  (m) => m.CurrenciesPage,
);
const DepartmentPage = page(
  () => import('@/routes/organisation/department-page'),
  (m) => m.DepartmentPage,
);
const DepartmentsPage = page(
  () => import('@/routes/organisation/departments-page'),
  (m) => m.DepartmentsPage,
);
const ScorecardSettingsPage = page(
  () => import('@/routes/organisation/scorecard-settings-page'),
  (m) => m.ScorecardSettingsPage,
);
const SettingsPage = page(
  () => import('@/routes/organisation/settings-page'),
  (m) => m.SettingsPage,
);
const EditPurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/edit-purchase-order-page'),
  (m) => m.EditPurchaseOrderPage,
);
const NewPurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/new-purchase-order-page'),
  (m) => m.NewPurchaseOrderPage,
);
const PurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/purchase-order-page'),
  (m) => m.PurchaseOrderPage,
);
const RatePurchaseOrderPage = page(
  () => import('@/routes/purchase-orders/rate-purchase-order-page'),
  (m) => m.RatePurchaseOrderPage,
);
const PurchaseOrdersPage = page(
  () => import('@/routes/purchase-orders/purchase-orders-page'),
  (m) => m.PurchaseOrdersPage,
);
const TrackingPage = page(
  () => import('@/routes/tracking/tracking-page'),
  (m) => m.TrackingPage,
);
const ReceivingPage = page(
  () => import('@/routes/receiving/receiving-page'),
  (m) => m.ReceivingPage,
);
const InspectionsPage = page(
  () => import('@/routes/receiving/inspections-page'),
  (m) => m.InspectionsPage,
);
const TolerancesPage = page(
  () => import('@/routes/organisation/tolerances-page'),
  (m) => m.TolerancesPage,
);
const PaymentRunsPage = page(
  () => import('@/routes/payments/payment-runs-page'),
  (m) => m.PaymentRunsPage,
);
const PaymentsPage = page(
  () => import('@/routes/payments/payments-page'),
  (m) => m.PaymentsPage,
);
const PaymentRunPage = page(
  () => import('@/routes/payments/payment-run-page'),
  (m) => m.PaymentRunPage,
);
const ReturnsPage = page(
  () => import('@/routes/receiving/returns-page'),
  (m) => m.ReturnsPage,
);
const PortalReturnsPage = page(
  () => import('@/routes/portal/portal-returns-page'),
  (m) => m.PortalReturnsPage,
);
const SpendPage = page(
  () => import('@/routes/reports/spend-page'),
  (m) => m.SpendPage,
);
const GrniPage = page(
  () => import('@/routes/reports/grni-page'),
  (m) => m.GrniPage,
);
const DiscountsPage = page(
  () => import('@/routes/reports/discounts-page'),
  (m) => m.DiscountsPage,
);
const ExchangeDifferencesPage = page(
  () => import('@/routes/reports/exchange-differences-page'),
  (m) => m.ExchangeDifferencesPage,
);
const ApAgingPage = page(
  () => import('@/routes/reports/ap-aging-page'),
  (m) => m.ApAgingPage,
);
const EditRequisitionPage = page(
  () => import('@/routes/requisitions/edit-requisition-page'),
  (m) => m.EditRequisitionPage,
);
const NewRequisitionPage = page(
  () => import('@/routes/requisitions/new-requisition-page'),
  (m) => m.NewRequisitionPage,
);
const RequisitionPage = page(
  () => import('@/routes/requisitions/requisition-page'),
  (m) => m.RequisitionPage,
);
const RequisitionsPage = page(
  () => import('@/routes/requisitions/requisitions-page'),
  (m) => m.RequisitionsPage,
);
const EditSupplierPage = page(
  () => import('@/routes/suppliers/edit-supplier-page'),
  (m) => m.EditSupplierPage,
);
const NewSupplierPage = page(
  () => import('@/routes/suppliers/new-supplier-page'),
  (m) => m.NewSupplierPage,
);
const SupplierPage = page(
  () => import('@/routes/suppliers/supplier-page'),
  (m) => m.SupplierPage,
);
const ScorecardsPage = page(
  () => import('@/routes/suppliers/scorecards-page'),
  (m) => m.ScorecardsPage,
);
const SuppliersPage = page(
  () => import('@/routes/suppliers/suppliers-page'),
  (m) => m.SuppliersPage,
);
const InvoicesPage = page(
  () => import('@/routes/invoicing/invoices-page'),
  (m) => m.InvoicesPage,
);
const InvoiceExceptionsPage = page(
  () => import('@/routes/invoicing/invoices-page'),
  (m) => m.InvoiceExceptionsPage,
);
const InvoicePage = page(
  () => import('@/routes/invoicing/invoice-page'),
  (m) => m.InvoicePage,
);
const WorkbenchPage = page(
  () => import('@/routes/workbench-page'),
  (m) => m.WorkbenchPage,
);

// The shell (navigation, bell, account menu) too: the sign-in page does not need it.
// Its messages in the user's language come with it, in one file.
const Shell = page(
  async () => {
    const [shell] = await Promise.all([
      import('./shell'),
      activateLanguage(currentLanguage(), { scope: 'app' }),
    ]);
    return shell;
  },
  (m) => m.Shell,
);

/** The supplier portal's frame and pages, with the messages of the app. */
const PortalShell = page(
  async () => {
    const [shell] = await Promise.all([
      import('@/routes/portal/portal-shell'),
      activateLanguage(currentLanguage(), { scope: 'app' }),
    ]);
    return shell;
  },
  (m) => m.PortalShell,
);
const PortalOrdersPage = page(
  () => import('@/routes/portal/portal-orders-page'),
  (m) => m.PortalOrdersPage,
);
const PortalOrderPage = page(
  () => import('@/routes/portal/portal-order-page'),
  (m) => m.PortalOrderPage,
);
const PortalInvoicesPage = page(
  () => import('@/routes/portal/portal-invoices-page'),
  (m) => m.PortalInvoicesPage,
);
const PortalInvoicePage = page(
  () => import('@/routes/portal/portal-invoice-page'),
  (m) => m.PortalInvoicePage,
);
const PortalScorecardPage = page(
  () => import('@/routes/portal/portal-scorecard-page'),
  (m) => m.PortalScorecardPage,
);
const PortalNewInvoicePage = page(
  () => import('@/routes/portal/portal-new-invoice-page'),
  (m) => m.PortalNewInvoicePage,
);
const WelcomePage = page(
  async () => {
    const [welcome] = await Promise.all([
      import('@/routes/portal/welcome-page'),
      activateLanguage(currentLanguage(), { scope: 'app' }),
    ]);
    return welcome;
  },
  (m) => m.WelcomePage,
);

/** What shows while the shell and its messages load. */
function ShellLoading() {
  const { t } = useLingui();
  return (
    <Center h="100vh">
      <Loader aria-label={t`Loading OpenPO`} />
    </Center>
  );
}

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
    path: '/portal/welcome',
    element: (
      <Suspense fallback={<ShellLoading />}>
        <WelcomePage />
      </Suspense>
    ),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        path: 'portal',
        element: (
          <RequirePermission permission="portal:use">
            <Suspense fallback={<ShellLoading />}>
              <PortalShell />
            </Suspense>
          </RequirePermission>
        ),
        children: [
          { index: true, element: <PortalOrdersPage />, handle: { preload: PortalOrdersPage.preload } },
          { path: 'orders/:id', element: <PortalOrderPage />, handle: { preload: PortalOrderPage.preload } },
          {
            path: 'orders/:id/invoice',
            element: <PortalNewInvoicePage />,
            handle: { preload: PortalNewInvoicePage.preload },
          },
          {
            path: 'invoices',
            element: <PortalInvoicesPage />,
            handle: { preload: PortalInvoicesPage.preload },
          },
          {
            path: 'invoices/:id',
            element: <PortalInvoicePage />,
            handle: { preload: PortalInvoicePage.preload },
          },
          { path: 'returns', element: <PortalReturnsPage />, handle: { preload: PortalReturnsPage.preload } },
          {
            path: 'scorecard',
            element: <PortalScorecardPage />,
            handle: { preload: PortalScorecardPage.preload },
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: (
          <InternalOnly>
            <Suspense fallback={<ShellLoading />}>
              <Shell />
            </Suspense>
          </InternalOnly>
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
          route('purchase-orders/:id/rate', 'purchase_orders:read', RatePurchaseOrderPage),
          route('tracking', 'purchase_orders:read', TrackingPage),
          route('receiving', 'receiving:write', ReceivingPage),
          route('inspections', 'receiving:read', InspectionsPage),
          route('returns', 'receiving:read', ReturnsPage),
          route('invoices/new', 'invoices:write', NewInvoicePage),
          route('invoices/import', 'invoices:write', ImportInvoicesPage),
          route('invoices/:id/edit', 'invoices:write', EditDraftInvoicePage),
          route('invoices', 'invoices:read', InvoicesPage),
          route('invoices/:id', 'invoices:read', InvoicePage),
          route('invoice-exceptions', 'invoices:read', InvoiceExceptionsPage),
          route('payment-runs', 'payments:read', PaymentRunsPage),
          route('payment-runs/:id', 'payments:read', PaymentRunPage),
          route('payments', 'payments:read', PaymentsPage),
          route('suppliers', 'suppliers:read', SuppliersPage),
          route('suppliers/new', 'suppliers:write', NewSupplierPage),
          route('suppliers/scorecards', 'scorecards:read', ScorecardsPage),
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
          route('organisation/tolerances', 'organisation:read', TolerancesPage),
          route('organisation/settings', 'organisation:read', SettingsPage),
          route('organisation/scorecard-settings', 'scorecards:read', ScorecardSettingsPage),
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
          route('reports/grni', 'reports:read', GrniPage),
          route('reports/ap-aging', 'reports:read', ApAgingPage),
          route('reports/discounts', 'reports:read', DiscountsPage),
          route('reports/exchange-differences', 'reports:read', ExchangeDifferencesPage),
          { path: 'account', element: <AccountPage />, handle: { preload: AccountPage.preload } },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
