import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { documentChanged } from './document-changes';

/**
 * Live updates: listens to the server's event stream (`/api/v1/events/stream`, docs/live-updates.md)
 * while signed in, and marks stale every view the changed document shows in (the same table the
 * app's own changes use), so an order's page, the tracking board, the inbox and the portal follow
 * what others do without a reload. The browser reconnects by itself and sends the last event it
 * got; a `reset` (it missed too much) refreshes everything.
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/events/stream');
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const event = JSON.parse(message.data) as { type?: string };
        if (event.type) void documentChanged(queryClient, event.type);
      } catch {
        // Not one of ours: nothing to refresh.
      }
    };
    source.addEventListener('reset', () => void queryClient.invalidateQueries());
    return () => source.close();
  }, [enabled, queryClient]);
}
