/** English messages, namespace `offline`: the same keys as ../nl/offline.ts. */
import type { Strings } from '../types';
import type { offline as nl } from '../nl/offline';

export const offline: Strings<typeof nl> = {
  badge: 'Offline',
  badgeDetail:
    'No connection. The atlas keeps working with the data on this device; saving and sharing wait for a connection.',
  saveWaiting:
    'Waiting for a connection: the scenario will be saved and shared as soon as the server can be reached again. Nothing is lost.',
  saveWaitingShort: 'Saving waits for a connection…',
  saveRetryNow: 'Try again now',
  savedBeforeChanges:
    'Please note: this is the scenario as it was when you clicked "Save and share". Later changes are not in it; click again to share those too.'
};
