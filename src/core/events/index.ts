export { type LiveEvent, latestEventSeq, liveEventVisible, readLiveEvents } from './live-events';
export {
  type DomainEvent,
  type EventConsumer,
  MAX_RELAY_ATTEMPTS,
  type RelayCursor,
  type RelayRun,
  relayCursor,
  relayEvents,
} from './relay-events';
