/** Dutch messages, namespace `offline`: the offline badge and the saves that wait for a connection. */
export const offline = {
  badge: 'Offline',
  badgeDetail:
    'Geen verbinding. De atlas werkt verder met de gegevens op dit apparaat; opslaan en delen wacht op verbinding.',
  saveWaiting:
    'Wacht op verbinding: het scenario wordt opgeslagen en gedeeld zodra de server weer bereikbaar is. Er gaat niets verloren.',
  saveWaitingShort: 'Opslaan wacht op verbinding…',
  saveRetryNow: 'Nu opnieuw proberen',
  savedBeforeChanges:
    'Let op: dit is het scenario zoals het was toen je op "Opslaan en delen" klikte. Latere wijzigingen staan er niet in; klik nogmaals om ook die te delen.'
} as const;
