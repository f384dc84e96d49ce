export {
  type DomainEvent,
  type EventConsumer,
  MAX_RELAY_ATTEMPTS,
  type RelayRun,
  relayEvents,
} from './relay-events';
