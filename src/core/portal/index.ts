export { invitePortalUser, listPortalUsers } from './invite-portal-user';
export {
  getPortalOrder,
  listPortalOrders,
  PORTAL_TABS,
  type PortalOrder,
  type PortalOrderSummary,
  type PortalTab,
} from './portal-orders';
