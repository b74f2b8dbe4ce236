/** Dutch messages, namespace `facility`: the facility panel (search, merge step, details, flows, actions). */
export const facility = {
  search: {
    label: 'Zoek een {one}',
    placeholderBrin: 'Naam, plaats of BRIN',
    placeholderCode: 'Naam, plaats of code',
    empty: 'Geen {one} gevonden.'
  },
  place: {
    step: 'Klik op de kaart waar de nieuwe {one} komt.',
    stop: 'Stoppen'
  },
  status: {
    open: 'Open',
    closed: 'Gesloten',
    merged: 'Samengevoegd',
    new: 'Nieuw'
  },
  placeUnknown: 'plaats onbekend',
  outsideRegion: 'buiten de regio',
  belowNorm: 'onder de norm',
  aboveNorm: 'boven de norm',
  flow: {
    closedLater: 'daarna ook dicht',
    countUnknown: 'aantal onbekend',
    now: 'nu {count} {users}',
    withNorm: 'nu {count} {users}, norm {norm}: {verdict}'
  },
  why: {
    readOnly: 'Dit is een gedeeld scenario: maak een kopie om te bewerken.',
    context:
      'Deze {one} ligt buiten de regio: ze kan {users} opvangen, maar sluiten of wijzigen kan hier niet.',
    far: 'Deze {one} ligt te ver buiten de regio om mee te tellen.',
    closed: 'Deze {one} is in dit scenario al dicht.'
  },
  empty: 'Klik op een {one} op de kaart, of zoek hierboven, om te zien wat sluiten of samenvoegen betekent.',
  newLocation: 'Nieuwe locatie'
} as const;
