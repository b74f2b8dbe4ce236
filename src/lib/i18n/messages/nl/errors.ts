/** Dutch messages, namespace `errors`: the error page. */
export const errors = {
  notFoundTitle: 'Pagina niet gevonden',
  noData: 'De regiodata ontbreken',
  generic: 'Er ging iets mis',
  titleNotFound: 'Niet gevonden · Transitieatlas',
  titleError: 'Fout · Transitieatlas',
  notFound: 'Niet gevonden',
  errorStatus: 'Fout {status}',
  checkAddress: 'Controleer het adres, of kies een regio uit het overzicht.',
  reload: 'Probeer de pagina opnieuw te laden.',
  retry: 'Opnieuw proberen',
  back: "← Terug naar het overzicht van de regio's"
} as const;
