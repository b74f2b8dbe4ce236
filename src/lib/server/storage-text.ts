/**
 * The Dutch texts of the storage layer in one place (start-up line, 503 answers), so they can move into the
 * message catalogue as a whole.
 */
export const STORAGE_TEXT = {
  /** The 503 answer while the database cannot be reached (dropped connection, restart, timeout). */
  unavailable:
    'De database is tijdelijk niet bereikbaar; probeer het over een paar seconden opnieuw. ' +
    'Wat al bevestigd was, is bewaard.',
  /** The 503 answer of a database written by a newer version of the app. */
  version: 'De opslag is niet beschikbaar (databaseversie); zie de serverlog',
  /** One line on stderr when the server cannot start on its database; `where` has no password. */
  cannotStart: (where: string, reason: string) =>
    `Transitieatlas start niet: de database ${where} is niet bereikbaar (${reason}). ` +
    'Controleer DATABASE_URL en of PostgreSQL draait.',
  badUrl: (scheme: string) =>
    `Transitieatlas start niet: DATABASE_URL moet met postgres:// of postgresql:// beginnen (niet '${scheme}'). ` +
    'Zonder DATABASE_URL gebruikt de app SQLite (TRANSITIEATLAS_DB).',
  versionStart: (message: string) => `Transitieatlas start niet: ${message}`
};
