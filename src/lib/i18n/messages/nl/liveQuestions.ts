/**
 * Dutch messages, namespace `liveQuestions`: the default criteria questions of a live session. The server stores
 * them in Dutch (src/lib/live/live-text.ts, the same words); a page in another language shows a default question
 * with these words (src/lib/live/question-text.ts). A facilitator's own question stays as typed.
 */
export const liveQuestions = {
  maxDistance: 'Hoe ver mag de dichtstbijzijnde {one} hoogstens zijn?',
  maxDistanceHelp: 'In kilometers, zoals de kaart afstanden toont.',
  minPupils: 'Hoeveel {users} moet een {one} minstens hebben?',
  normOption: 'de opheffingsnorm',
  minPupilsNormHelp: 'Of kies de opheffingsnorm: het wettelijke minimum van de gemeente.',
  village: 'Een {one} in elk dorp?',
  villageYes: 'Ja, in elk dorp',
  villageLarge: 'Alleen in grotere dorpen',
  villageNo: 'Nee, de afstand telt',
  villageHelp: 'Een dorp: een woonplaats met kinderen van de leeftijd (grotere dorpen: 100 of meer).',
  denomination: 'Hoe belangrijk is keuze uit richting (openbaar, katholiek, christelijk, …)?',
  denominationVery: 'Zeer belangrijk',
  denominationSome: 'Redelijk belangrijk',
  denominationNot: 'Niet belangrijk',
  denominationHelp: 'Of elk kind binnen bereik een school van de eigen richting moet hebben.',
  maxLocations: 'Hoeveel locaties ({one}) mogen er hoogstens overblijven?',
  locationsUnit: 'locaties',
  maxLocationsHelp: 'Nu zijn het er {n} ({many} in de regio).',
  one: { school: 'school', other: 'voorziening' },
  many: { school: 'scholen', other: 'voorzieningen' },
  users: {
    leerlingen: 'leerlingen',
    bezoekers: 'bezoekers',
    plaatsen: 'plaatsen',
    patienten: 'patiënten',
    kinderen: 'kinderen',
    deelnemers: 'deelnemers'
  }
} as const;
