/** English messages, namespace `liveFacilitator` (see ../nl/liveFacilitator.ts). */
import type { liveFacilitator as nl } from '../nl/liveFacilitator';
import type { Strings } from '../types';

export const liveFacilitator: Strings<typeof nl> = {
  proposalLost: 'The proposal was computed, but its scenario has been deleted meanwhile; nothing was put up.',
  title: 'Live session',
  hide: 'Hide',
  join: 'Join on your phone',
  scan: 'Scan the QR code or go to',
  qrLabel: 'QR code: {url}',
  codeLabel: 'code',
  localhost:
    'Note: this link only works on this computer (localhost). Open the atlas at this computer’s network ' +
    'address, or start the server with TRANSITIEATLAS_PUBLIC_URL.',
  copy: 'Copy link',
  copied: 'Copied',
  connection: {
    connecting: 'connecting…',
    live: 'updated live',
    polling: 'updated every few seconds',
    closed: 'no connection'
  },
  questions: 'Questions for the room',
  open: 'Open',
  closed: 'Closed',
  closedLower: 'closed',
  openAction: 'Open',
  closeAction: 'Close',
  answersOne: '1 answer',
  answers: '{n} answers',
  median: 'median {value}',
  noAnswers: 'no answers yet',
  ratings: 'Rate scenarios (1-5)',
  ratingsHelp:
    'Put a scenario of this session up for rating: the server evaluates it and shows its map on the phones.',
  putUp: 'Put up for rating',
  putUpAgain: 'Put up again',
  onPhones: 'On the phones',
  average: 'average {mean} ({votes})',
  votesOne: '1 vote',
  votes: '{n} votes',
  noRatings: 'no ratings yet',
  noEdits: 'no changes',
  editsOne: '1 change',
  edits: '{n} changes',
  criteria: 'The room’s criteria',
  criteriaJson: 'As criteria for the optimiser',
  export: 'Export',
  exportJson: 'Votes (JSON)',
  exportCsv: 'Votes (CSV)',
  exportPdf: 'Results (PDF)',
  end: 'End session',
  endConfirm: 'End the session and delete all votes on the server? Export first what you want to keep.',
  gone: 'The session no longer exists on the server (expired or ended).',
  failed: 'Failed: {why}',
  offline: 'No connection to the server',
  status: 'The server answered with status {status}'
};
