/** English messages, namespace `errors`: the same keys as ../nl/errors.ts. */
import type { Strings } from '../types';
import type { errors as nl } from '../nl/errors';

export const errors: Strings<typeof nl> = {
  notFoundTitle: 'Page not found',
  noData: 'The region data are missing',
  generic: 'Something went wrong',
  titleNotFound: 'Not found · Transitieatlas',
  titleError: 'Error · Transitieatlas',
  notFound: 'Not found',
  errorStatus: 'Error {status}',
  checkAddress: 'Check the address, or choose a region from the overview.',
  reload: 'Try reloading the page.',
  retry: 'Try again',
  back: '← Back to the overview of the regions'
};
