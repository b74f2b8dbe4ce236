/** Dutch messages, namespace `choice` (see ../nl.ts). */
export const choice = {
  controlLegend: 'Leerlingen van een gesloten school',
  allocation: {
    choice: 'Verdelen volgens keuzemodel',
    nearest: 'Allemaal naar de dichtstbijzijnde school'
  },
  allocationShort: {
    choice: 'keuzemodel (gemodelleerd)',
    nearest: 'dichtstbijzijnde school'
  },
  controlHelp:
    'Het keuzemodel verdeelt de leerlingen over de scholen waar kinderen uit dezelfde buurten nu ook naartoe ' +
    'gaan: dichtbij en van dezelfde richting weegt zwaarder. Samenvoegen stuurt ze altijd naar de gekozen school.',
  evidenceLink: 'Hoe goed klopt het model?',
  modelledPupils: 'Gemodelleerd (keuzemodel)',
  flowsByModel: 'verdeeld volgens het keuzemodel (gemodelleerd)',
  modelledDistance: 'Gemiddelde reisafstand volgens het keuzemodel (gemodelleerd)',
  notForSector:
    'Het keuzemodel is er voor basis- en voortgezet onderwijs; hier gaan leerlingen naar de dichtstbijzijnde locatie.',
  pdfRule: {
    choice:
      'Bij sluiten verdeelt het keuzemodel (gemodelleerd, gekalibreerd op DUO-leerlingen 1-10-2023) de leerlingen ' +
      'over de open scholen; bij samenvoegen gaan ze naar de gekozen school.',
    nearest:
      'Bij sluiten gaan de leerlingen naar de dichtstbijzijnde open school, bij samenvoegen naar de gekozen school.'
  }
} as const;
