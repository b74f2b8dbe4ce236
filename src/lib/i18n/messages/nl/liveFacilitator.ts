/**
 * Dutch messages, namespace `liveFacilitator` (a lazy namespace, ../lazy.ts), split from `live`: what only parts loaded
 * when used need. What the first page needs stays in `live`.
 */
export const liveFacilitator = {
  proposalLost: 'Het voorstel is berekend, maar het scenario is intussen verwijderd; er is niets opengezet.',
  title: 'Live sessie',
  hide: 'Verbergen',
  join: 'Doe mee op je telefoon',
  scan: 'Scan de QR-code of ga naar',
  qrLabel: 'QR-code: {url}',
  codeLabel: 'code',
  localhost:
    'Let op: deze link werkt alleen op deze computer (localhost). Open de atlas via het netwerkadres van deze ' +
    'computer, of start de server met TRANSITIEATLAS_PUBLIC_URL.',
  copy: 'Link kopiëren',
  copied: 'Gekopieerd',
  connection: {
    connecting: 'verbinden…',
    live: 'live bijgewerkt',
    polling: 'bijgewerkt elke paar seconden',
    closed: 'geen verbinding'
  },
  questions: 'Vragen aan de zaal',
  open: 'Open',
  closed: 'Gesloten',
  closedLower: 'gesloten',
  openAction: 'Openen',
  closeAction: 'Sluiten',
  answersOne: '1 antwoord',
  answers: '{n} antwoorden',
  median: 'mediaan {value}',
  noAnswers: 'nog geen antwoorden',
  ratings: 'Scenario’s beoordelen (1-5)',
  ratingsHelp:
    'Zet een scenario van deze sessie ter beoordeling: de server rekent het door en toont de kaart op de telefoons.',
  putUp: 'Ter beoordeling',
  putUpAgain: 'Opnieuw ter beoordeling',
  onPhones: 'Op de telefoons',
  average: 'gemiddeld {mean} ({votes})',
  votesOne: '1 stem',
  votes: '{n} stemmen',
  noRatings: 'nog geen beoordelingen',
  noEdits: 'zonder ingrepen',
  editsOne: '1 ingreep',
  edits: '{n} ingrepen',
  criteria: 'Criteria van de zaal',
  criteriaJson: 'Als criteria voor de optimalisatie',
  export: 'Exporteren',
  exportJson: 'Stemmen (JSON)',
  exportCsv: 'Stemmen (CSV)',
  exportPdf: 'Uitslag (PDF)',
  end: 'Sessie beëindigen',
  endConfirm:
    'De sessie beëindigen en alle stemmen op de server wissen? Exporteer eerst wat je wilt bewaren.',
  gone: 'De sessie bestaat niet meer op de server (verlopen of beëindigd).',
  failed: 'Niet gelukt: {why}',
  offline: 'Geen verbinding met de server',
  status: 'De server antwoordde met status {status}'
} as const;
