/** Dutch messages, namespace `home` (see ../nl.ts). */
export const home = {
  title: 'Transitieatlas',
  intro:
    "Een open kaart voor regio's met een krimpende bevolking: waar wonen de kinderen, waar staan de scholen, " +
    'en welke scholen blijven? Kies een regio om de kaart te openen.',
  regionsHeading: "Krimp- en anticipeerregio's",
  regionsSource: '(Actieplan Bevolkingsdaling, 2016)',
  default: 'standaard',
  municipality: 'gemeente',
  municipalities: 'gemeenten',
  primarySchools: 'basisscholen',
  country: 'Heel Nederland',
  countryNote: '(groot, laadt langzamer)',
  footer: 'Bron: CBS, Kadaster, DUO, Eurostat, ministerie van BZK. Open data; open broncode.'
} as const;
