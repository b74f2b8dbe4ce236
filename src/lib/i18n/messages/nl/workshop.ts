/** Dutch messages, namespace `workshop`: the key figures, the indicator panel, the view toggle and the help overlay. */
export const workshop = {
  words: {
    one: { school: 'school', voorziening: 'voorziening' },
    many: { scholen: 'scholen', voorzieningen: 'voorzieningen' },
    users: {
      leerlingen: 'leerlingen',
      bezoekers: 'bezoekers',
      plaatsen: 'plaatsen',
      patiënten: 'patiënten',
      kinderen: 'kinderen',
      deelnemers: 'deelnemers',
      gebruikers: 'gebruikers'
    },
    children: 'kinderen',
    residents: 'inwoners'
  },
  ind: {
    open: 'Open {many}',
    mean: 'Gemiddelde afstand',
    p50: 'Afstand voor de helft (P50)',
    p90: 'Afstand voor 90 % (P90)',
    max: 'Grootste afstand',
    within: 'Binnen {km}',
    belowNorm: 'Scholen onder de norm',
    placesWithout: 'Plaatsen zonder {one}',
    moved: '{Users} verplaatst',
    km: '{km} km'
  },
  key: {
    label: 'Kerncijfers',
    p90: '90 % woont binnen',
    belowNorm: 'Onder de norm',
    better: 'beter',
    worse: 'slechter',
    wait: 'De cijfers worden berekend…'
  },
  panel: {
    label: 'Indicatoren',
    title: 'Alle cijfers',
    toContext: 'waarvan {count} naar {many} buiten de regio',
    distanceNote: 'Afstand: van de {people} in elk vak van 1 km tot de dichtstbijzijnde open {one}.',
    modelNote: 'tot de school die het keuzemodel verwacht.'
  },
  help: {
    title: 'Hoe werkt het?',
    done: 'Aan de slag',
    i1: {
      b1: 'De kaart',
      t1: ' toont de scholen als cirkels (groter = meer leerlingen) en, in kleur, hoe ver de kinderen van de dichtstbijzijnde school wonen: licht is dichtbij, donkerrood is ver.'
    },
    i2: {
      b1: 'Klik op een school',
      t1: ' (of zoek haar rechtsboven). Kies ',
      b2: 'Sluiten',
      t2: ': de leerlingen verdelen zich over de scholen die kinderen uit dezelfde buurten nu ook kiezen (keuzemodel; links kunt u kiezen voor "allemaal naar de dichtstbijzijnde school"). Of kies ',
      b3: 'Samenvoegen met…',
      t3: ' en wijs de school aan waar ze naartoe gaan.'
    },
    i3: {
      b1: 'Kijk wat er verandert',
      t1: ': de pijlen tonen waar de leerlingen heen gaan, omlijnde vakken waar kinderen nu verder reizen, en rechts staan de cijfers met het verschil ten opzichte van nu.'
    },
    i4: {
      b1: 'Ongedaan maken',
      t1: ' (Ctrl+Z) of een ingreep links weghalen brengt alles terug. Met ',
      b2: 'Nieuwe locatie',
      t2: ' zet u een nieuwe school op de kaart.'
    },
    i5: {
      b1: 'Andere voorzieningen',
      t1: ' (links, onder Onderwijs): sport, zorg en welzijn met uw eigen bestand (CSV, GeoJSON), of het voorbeeld (fictief) om het te proberen. Sleep het bestand op de kaart.'
    },
    i6: {
      t0: 'De link in de adresbalk bewaart het scenario: kopieer hem om het te delen. ',
      b1: 'Presentatie',
      t1: ' maakt alles groter voor de beamer.'
    },
    note: 'Cijfers: DUO-leerlingen 1 oktober 2023, kinderen per vak van 1 km (CBS 2021), afstand hemelsbreed of geschat.'
  },
  legend: {
    aria: 'Legenda {many}',
    groupHeading: '{Noun} naar {by}',
    none: 'Geen {noun} in deze regio.',
    size: 'Grootte: aantal {users}',
    sizeAria: 'Cirkelgrootte naar {users}',
    context: 'Buiten de regio ({count}), ter vergelijking',
    by: { richting: 'richting', soort: 'soort' },
    catchmentText: 'elk vak in de kleur van de dichtstbijzijnde open {one}',
    distance: 'Afstand tot de dichtstbijzijnde {one}{track}, km',
    track: ' met {track}',
    detour: '(reisafstand, × {factor})',
    crow: '(hemelsbreed)',
    colour: 'Kleur: {by}',
    colourAria: 'Kleur van de {many}',
    symbols: 'Symbolen',
    belowNorm: 'onder norm',
    usersUnknown: '{users} onbekend',
    closed: 'gesloten',
    merged: 'samengevoegd',
    added: 'nieuw',
    outside: 'buiten de regio',
    moving: '{users} verhuizen',
    further: '{people} reizen verder'
  },
  notices: {
    failure: 'De berekening lukt niet: {failure}',
    dataNotKept:
      "Uw bestand is te groot om in deze browser te bewaren. De scenario's zijn bewaard; na opnieuw laden moet u het bestand opnieuw kiezen.",
    placeHint: 'Klik op de kaart waar de nieuwe {one} komt (Esc: stoppen).',
    mergeHint: 'Klik op de {one} waar de {users} van {name} naartoe gaan (Esc: stoppen).',
    progress: 'Bezig met rekenen…',
    dismiss: 'Melding sluiten'
  },
  tooltip: {
    place: 'Plaats',
    site: '(vestiging {id})',
    code: 'Code',
    brin: 'BRIN',
    context: 'Buiten de regio (ter vergelijking)',
    gridCell: 'Rastervak 1 km²',
    postcode: 'Postcode {id}',
    point: 'Punt {id}',
    residents: 'Inwoners',
    children: 'Kinderen < 15',
    municipality: 'Gemeente',
    flow: '{count} {users}',
    from: 'Van',
    to: 'Naar'
  },
  view: { label: 'Kleur van de vakken', distance: 'Afstand', catchment: 'Voedingsgebied' }
} as const;
