/**
 * Dutch messages, namespace `facilityCard` (a lazy namespace, ../lazy.ts), split from `facility`: what only parts loaded
 * when used need. What the first page needs stays in `facility`.
 */
export const facilityCard = {
  merge: {
    title: 'Samenvoegen: {name}',
    intro: 'Kies de {one} waar de {count} {users} naartoe gaan: klik op de kaart of zoek hieronder.',
    searchLabel: 'Samenvoegen met'
  },
  dismiss: 'Selectie opheffen',
  usersNow: '{Users} nu',
  afterScenario: 'Na het scenario',
  norm: 'Norm',
  normSubarea: 'deelgebied',
  margin: 'marge',
  capacity: 'Capaciteit',
  placeWithout: '{place} heeft nu geen {one} meer.',
  outflows: '{Users} gaan naar',
  inflows: '{Users} komen van',
  actions: {
    close: 'Sluiten',
    merge: 'Samenvoegen met…',
    capacity: 'Capaciteit wijzigen',
    capacityLabel: 'Capaciteit ({users})',
    save: 'Opslaan',
    cancel: 'Annuleren'
  }
} as const;
