/** English messages, namespace `participant`: the same keys as ../nl/participant.ts. */
import type { Strings } from '../types';
import type { participant as nl } from '../nl/participant';

export const participant: Strings<typeof nl> = {
  title: 'Transitieatlas · take part',
  loading: 'Loading the session…',
  enterCode: 'Enter the code shown on the screen',
  codeLabel: 'Code (6 characters)',
  codeButton: 'Join',
  codeInvalid: 'A code has 6 characters: digits 2-9 and letters (no O, I, L or U).',
  gone: 'This session is not (or no longer) available',
  otherCode: 'Enter another code',
  error: 'The session could not be loaded',
  retry: 'Try again',
  meta: '{sector} · code {code}',
  nicknameLabel: 'Your name (optional)',
  nicknameSave: 'Save',
  nicknameSaved: 'You are taking part as {name}.',
  anonymous:
    'You are taking part anonymously. Only the facilitator sees your answers, as part of the totals.',
  waiting: 'Please wait: the facilitator will open a question shortly.',
  send: 'Send',
  change: 'Change and send',
  sending: 'Sending…',
  received: 'Received: {answer}',
  notSent: 'Not sent: {why}',
  tryAgain: 'Send again',
  less: 'less',
  more: 'more',
  ratingTitle: 'What do you think of this scenario?',
  ratingScale: '1 = poor, 5 = good',
  stars: '{n} out of 5',
  mapAlt: 'Map of scenario {name}: distance to the nearest location per square kilometre',
  legendOpen: 'open',
  legendClosed: 'closed',
  legendNew: 'new',
  legendDistance: 'Distance to the nearest open location',
  rampFirst: 'up to {to} km',
  rampMiddle: '{from} – {to} km',
  rampLast: '{from} km or more',
  figuresOpen: 'Open locations: {after} (now {before})',
  figuresMean: 'Average distance: {after} (now {before})',
  figuresP90: '9 in 10 within: {after} (now {before})',
  figuresMoved: 'Have to move: {n}',
  figuresPlaces: 'Villages without a location of their own: {places}',
  editsOne: '1 change',
  edits: '{n} changes',
  peopleOne: '1 participant',
  people: '{n} participants',
  questionCountOne: '1 answer',
  questionCount: '{n} answers',
  unknown: 'unknown',
  connection: {
    connecting: 'connecting…',
    live: 'live',
    polling: 'updating every few seconds',
    closed: 'connection closed'
  },
  server: {
    notFound: 'Session not found. Check the code on the screen.',
    expired: 'This session has expired (24 hours without activity).',
    closedQuestion: 'This question is closed: the facilitator no longer accepts answers',
    closedScenario: 'Voting on this scenario is closed (or has not started)',
    rateLimited: 'Too many requests in a row from this phone; wait a few seconds',
    tooManyStreams:
      'Too many open connections to this session; the page refreshes the results every few seconds',
    closing: 'This server is stopping; the page reconnects by itself'
  },
  sectors: {
    po: 'Primary education',
    vo: 'Secondary education',
    so: 'Special education',
    sport: 'Sport',
    zorg: 'Health care',
    welzijn: 'Wellbeing'
  }
};
