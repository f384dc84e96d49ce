export { invitePortalUser, listPortalUsers } from './invite-portal-user';
export {
  createPortalInvoice,
  getPortalInvoice,
  getPortalInvoiceable,
  listPortalInvoices,
  type PortalInvoice,
  type PortalInvoiceable,
  type PortalInvoiceInput,
  type PortalInvoiceSummary,
} from './portal-invoices';
export {
  getPortalOrder,
  listPortalOrders,
  PORTAL_TABS,
  type PortalOrder,
  type PortalOrderSummary,
  type PortalTab,
} from './portal-orders';
