/** Dutch messages, namespace `liveCriteria`: how the room's answers become optimiser criteria (see ../nl.ts). */
export const liveCriteria = {
  whichMedian: 'De mediaan',
  whichPoint: 'Het {pct}%-punt',
  noAnswers: 'Nog geen antwoorden: niet meegenomen.',
  distance: '{which} van {answers}: {km} km → elk kind binnen {km} km van een open locatie (maxDistanceKm).',
  sizeNorm:
    '{norm} van de {answers} kiezen de opheffingsnorm (minstens de helft) → elke overblijvende school haalt haar ' +
    'eigen opheffingsnorm (minPupils: norm).',
  size: '{which} van {answers} met een getal: {pupils} → elke overblijvende locatie heeft minstens {pupils} (minPupils).',
  sizeNone: '{which} van {answers} met een getal is 0: geen minimumgrootte.',
  village:
    '{which} van {answers}: {answer} → een locatie in elke woonplaats met minstens {children} {childWord} van de ' +
    'leeftijd (placeMinChildren).',
  villageYes: '“ja, in elk dorp”',
  villageLarge: '“alleen in grotere dorpen”',
  childOne: 'kind',
  childMany: 'kinderen',
  villageNo: '{which} van {answers}: “nee, de afstand telt” → geen eis per dorp.',
  denominationPoOnly: 'Richting telt alleen bij het basisonderwijs mee.',
  denominationNot: '{which} van {answers}: “niet belangrijk” → geen eis per richting.',
  denominationNone: 'De regio heeft geen scholen van de gevraagde richtingen: niet meegenomen.',
  denomination: '{which} van {answers}: {answer} → elk kind heeft {list} (denominations).',
  denominationVery: '“zeer belangrijk”',
  denominationSome: '“redelijk belangrijk”',
  denominationWithin: '{denomination} binnen {km} km',
  keep:
    '{which} van {answers}: {keep} → precies {keep} locaties blijven open, met de kortste gemiddelde afstand ' +
    '(objective: median, keep).',
  fewest:
    'Geen antwoorden over het aantal locaties → zo min mogelijk locaties die aan de andere eisen voldoen ' +
    '(objective: fewest).',
  intro:
    'Zo worden de antwoorden van de zaal criteria voor de optimalisatie. Per vraag telt de gekozen waarde ' +
    '(standaard de mediaan: de helft van de zaal antwoordde lager of gelijk, de helft hoger of gelijk). ' +
    'Een keuzevraag gaat op volgorde: nee < grotere dorpen < ja, niet < redelijk < zeer belangrijk.',
  quantileLabel: 'Welke waarde telt',
  quantileMedian: 'De mediaan (50%)',
  quantileLow: '25%-punt (lager)',
  quantileHigh: '75%-punt (hoger)',
  propose: 'Voorstel uit de criteria van de zaal',
  proposeHelp:
    'Berekent met deze criteria een voorstel (zoals "Voorstel uit criteria"), voegt het toe als scenario van de ' +
    'workshop en zet het meteen open voor beoordeling.',
  proposing: 'Voorstel wordt berekend…',
  stop: 'Stoppen',
  stopped: 'Berekening gestopt; er is niets toegevoegd.',
  proposed: '{name}: toegevoegd als scenario en open voor beoordeling.',
  proposeNoAnswers:
    'Er zijn nog geen antwoorden; het voorstel gebruikt dan alleen "zo min mogelijk locaties".'
} as const;
