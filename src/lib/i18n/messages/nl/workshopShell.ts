/**
 * Dutch messages, namespace `workshopShell`: the workshop screen's frame (the page title, the columns, the
 * waiting texts, the sources line), the scenario bar (edit list, undo / redo / reset, the read-only notice) and the
 * edits and engine refusals in words (src/lib/text/edit-text.ts; the server's live session uses them in Dutch).
 */
export const workshopShell = {
  pageTitle: '{region} · Transitieatlas',
  scenarioColumn: 'Scenario',
  sideColumn: 'School en indicatoren',
  population: 'Bevolking: {source}',
  sectorSource: '{sector}: {source}',
  noDataKey: '{sector}: nog geen gegevens. Kies een bestand op de kaart.',
  noDataPanel: 'Nog geen {many}: kies een bestand op de kaart om de cijfers te zien.',
  computing: 'De cijfers worden berekend…',
  bar: {
    label: 'Scenario',
    readOnly: 'Gedeeld scenario — alleen lezen',
    editCopy: 'Kopie bewerken',
    edits: 'Ingrepen',
    count: '({n})',
    empty: 'Nog geen ingrepen: dit is de huidige situatie.',
    removeTitle: 'Deze ingreep weghalen',
    removeLabel: 'Weghalen: {edit}',
    newLocation: '+ Nieuwe locatie op de kaart',
    undo: '↶ Ongedaan maken',
    undoTitle: 'Ongedaan maken (Ctrl+Z)',
    redo: '↷ Opnieuw',
    redoTitle: 'Opnieuw (Ctrl+Shift+Z)',
    reset: 'Terug naar nu',
    resetTitle: 'Alle ingrepen weghalen: terug naar de huidige situatie'
  },
  edit: {
    unreadable: 'Onleesbare ingreep',
    close: 'Sluit {facility}',
    merge: 'Voeg {facility} samen met {into}',
    mergeElsewhere: ' (ontbrekende schoolsoorten elders)',
    mergeMove: ' (schoolsoorten verhuizen mee)',
    open: 'Nieuwe locatie: {name}',
    openAt: 'Nieuwe locatie: {name}, {place}',
    capacity: 'Capaciteit {facility}: {n} {users}',
    unknown: "Onbekende ingreep ''{op}''"
  },
  refusal: {
    message: 'Ingreep {n} ({edit}) kan niet: {reason}.',
    dropped: 'De ingreep is weggelaten; de andere ingrepen blijven staan.',
    reverted: 'Het weghalen is teruggedraaid, omdat een latere ingreep ervan afhangt.',
    prefix: 'De kaart toont het scenario tot die ingreep.',
    unknownInto: "de {one} ''{id}'' om mee samen te voegen bestaat niet in deze regio",
    unknown: "de {one} ''{id}'' bestaat niet in deze regio en sector",
    alreadyClosed: '{facility} is al gesloten',
    context:
      '{facility} ligt buiten de regio; die {one} kan wel {users} opvangen, maar sluiten of wijzigen is niet aan deze regio',
    self: 'een {one} kan niet met zichzelf samengaan',
    intoClosed: '{facility} is al gesloten en kan geen {users} opvangen',
    noneLeft: 'er blijft geen open {one} over om de {users} op te vangen',
    idExists: "de code ''{id}'' bestaat al",
    outsideNl: 'die plek ligt buiten Nederland',
    capacity: 'de capaciteit moet een getal van 0 of meer zijn',
    missingTracks: 'kies wat er met een ontbrekende schoolsoort gebeurt: meeverhuizen of elders',
    tracks: 'de schoolsoorten van de nieuwe locatie zijn ongeldig',
    incomplete: 'de ingreep is onvolledig',
    unknownOp: 'dit soort ingreep kent de atlas niet'
  }
} as const;
