/** Dutch messages, namespace `model` (see ../nl.ts). */
export const model = {
  title: 'Hoe goed klopt het model?',
  sector: { po: 'basisonderwijs', vo: 'voortgezet onderwijs' },
  intro:
    'Als een school sluit, waar gaan de leerlingen dan heen? De atlas rekent dat uit met een keuzemodel: ' +
    'ouders kiezen vaker een school dichtbij, en ook de richting (denominatie) en, in het voortgezet onderwijs, ' +
    'het aantal leerwegen tellen mee. Het model kent geen eigen getal per school: het voorspelt het aantal ' +
    'leerlingen van een school zonder die school zelf te kennen. Hieronder staat hoe goed dat lukt, vergeleken ' +
    'met de eenvoudige regel "elk kind gaat naar de dichtstbijzijnde school".',
  scatterCaption:
    'Elke stip is een school in de regio: horizontaal het werkelijke aantal leerlingen (DUO, 1-10-2023), ' +
    'verticaal het aantal volgens het model (gemodelleerd). Op de schuine lijn klopt het precies.',
  showNearest: 'Toon ook de dichtstbijzijnde-regel (grijs)',
  fitHeading: 'Hoe dicht zit het model erbij?',
  fitChoice: 'Keuzemodel (gemodelleerd)',
  fitNearest: 'Dichtstbijzijnde school',
  holdoutHeading: 'Voorspellen wat het model niet gezien heeft',
  holdoutNational:
    'De parameters komen uit alle scholen van Nederland. Gekalibreerd op de helft van de gemeenten van ' +
    'Nederland en getoetst op de andere helft: R² {r2}, gemiddeld {mae} leerlingen ernaast.',
  holdoutRegion:
    'Gekalibreerd op alleen de scholen van deze regio past het model die scholen iets beter (R² {own}), maar ' +
    'voorspelt het de gemeenten die het niet zag slechter (R² {hold}). Daarom gebruikt de atlas de landelijke parameters.',
  parametersHeading: 'De parameters',
  scale:
    'Schaal: {s} leerlingen per geschat kind in de leeftijd, zodat het totaal van de regio gelijk is aan DUO.',
  limitsHeading: 'Wat het model niet weet',
  limits: {
    quality:
      'De kwaliteit, het onderwijsconcept of de naam van een school: scholen in dezelfde plaats krijgen hetzelfde ' +
      'aandeel als ze even ver weg liggen en van dezelfde richting zijn. Daar zitten de grootste afwijkingen.',
    homes:
      'Waar de kinderen precies wonen: de bevolking is per vak van 1 km (CBS 2021), niet per adres; afstanden ' +
      'zijn hemelsbreed.',
    border:
      'Kinderen van buiten de regio: scholen aan de rand krijgen ook leerlingen van over de grens, die het model ' +
      'niet meetelt. Scholen buiten de regio worden niet beoordeeld.',
    vo:
      'Voor het voortgezet onderwijs kent DUO alleen openbaar of bijzonder en telt het per vestiging; sommige ' +
      'vestigingen hebben geen telling. Het model is daar minder zeker.',
    newSchool:
      'Een nieuwe school telt mee als een gemiddelde school van de regio en begint met 0 leerlingen; pas als een ' +
      'school in de buurt sluit, krijgt zij leerlingen.',
    assumption:
      'Het model beschrijft de keuzes van 2023. Dat ouders bij een sluiting net zo kiezen als nu, is een aanname.'
  },
  back: 'Terug naar de atlas',
  noModel: 'Voor deze regio en sector zijn te weinig scholen met een DUO-telling om het model te toetsen.',
  scatterAria: 'Gemodelleerd tegen werkelijk aantal leerlingen per school',
  axisDuo: 'leerlingen volgens DUO',
  axisModelled: 'gemodelleerd',
  dotTitle:
    '{name} ({place}, {denomination}): DUO {pupils}, gemodelleerd {modelled}, dichtstbijzijnde-regel {nearest}',
  schoolsCounted: '{n} scholen met een DUO-telling in de regio.',
  fitRow: {
    r2: 'R² (1 = perfect, 0 = niet beter dan het gemiddelde)',
    mae: 'Gemiddelde afwijking per school',
    maeValue: '{n} leerlingen',
    within25: 'Scholen binnen 25 % van DUO'
  },
  parameter: {
    distance:
      'Afstand: elke kilometer verder maakt de kans dat een kind die school kiest {factor} keer zo groot ' +
      '(beta = {beta} per km, exponentieel verval).',
    po: {
      '0': 'Een rooms-katholiek school: {value} keer zo aantrekkelijk als een openbare school op dezelfde afstand.',
      '1': 'Een protestants-christelijk school: {value} keer zo aantrekkelijk als een openbare school op dezelfde afstand.',
      '2':
        'Een overig bijzonder (algemeen bijzonder, reformatorisch, …) school: {value} keer zo aantrekkelijk als ' +
        'een openbare school op dezelfde afstand.'
    },
    vo: {
      '0': 'Een bijzonder school: {value} keer zo aantrekkelijk als een openbare school op dezelfde afstand.',
      '1':
        'Per verdubbeling van het aantal leerwegen (vmbo, mavo, havo, vwo): {value} keer zo aantrekkelijk als ' +
        'één leerweg op dezelfde afstand.',
      '2':
        'Een zonder die leerwegen (praktijkonderwijs, brugjaar) school: {value} keer zo aantrekkelijk als één ' +
        'leerweg op dezelfde afstand.'
    }
  }
} as const;
