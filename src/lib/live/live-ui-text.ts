/**
 * The texts of the live session's pages (facilitator panel, participant page) and of the criteria explanation,
 * from the message catalogue (namespaces `live`, `liveCriteria`, `participant`, `livePdf`) in the page's language.
 * The server's own words (API errors, answer checks, the stored default questions) stay Dutch: live-text.ts.
 */
import '$lib/i18n/parts/liveFacilitator';
import '$lib/i18n/parts/liveCriteria';
import '$lib/i18n/parts/participant';
import type { DenominationCriterion } from '../engine/optimise/criteria';
import { INTL_LOCALE, t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';
import { formatDecimal as num } from '$lib/i18n/format';
import { LIVE_START_TEXT, people } from './live-start-text';

const km2 = new Intl.NumberFormat(INTL_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One of two messages by count: "1 antwoord", "12 antwoorden". */
const count = (n: number, one: string, many: MessageKey) => (n === 1 ? one : t(many, { n: num(n) }));

const answers = (n: number) => count(n, t('liveFacilitator.answersOne'), 'liveFacilitator.answers');

type Which = { which: string; answers: string };
const base = (which: string, n: number): Which => ({ which, answers: answers(n) });

export const CRITERIA_TEXT = {
  /** How the chosen quantile is named in a line. */
  which: (q: number) =>
    q === 0.5
      ? t('liveCriteria.whichMedian')
      : t('liveCriteria.whichPoint', { pct: num(Math.round(q * 100)) }),
  noAnswers: t('liveCriteria.noAnswers'),
  distance: (which: string, n: number, km: number) =>
    t('liveCriteria.distance', { ...base(which, n), km: num(km) }),
  sizeNorm: (norm: number, n: number) => t('liveCriteria.sizeNorm', { norm: num(norm), answers: answers(n) }),
  size: (which: string, n: number, pupils: number) =>
    t('liveCriteria.size', { ...base(which, n), pupils: num(pupils) }),
  sizeNone: (which: string, n: number) => t('liveCriteria.sizeNone', base(which, n)),
  village: (which: string, n: number, answer: string, children: number) =>
    t('liveCriteria.village', {
      ...base(which, n),
      answer: t(answer === 'ja' ? 'liveCriteria.villageYes' : 'liveCriteria.villageLarge'),
      children: num(children),
      childWord: t(children === 1 ? 'liveCriteria.childOne' : 'liveCriteria.childMany')
    }),
  villageNo: (which: string, n: number) => t('liveCriteria.villageNo', base(which, n)),
  denominationPoOnly: t('liveCriteria.denominationPoOnly'),
  denominationNot: (which: string, n: number) => t('liveCriteria.denominationNot', base(which, n)),
  denominationNone: t('liveCriteria.denominationNone'),
  denomination: (which: string, n: number, answer: string, list: readonly DenominationCriterion[]) =>
    t('liveCriteria.denomination', {
      ...base(which, n),
      answer: t(answer === 'zeer' ? 'liveCriteria.denominationVery' : 'liveCriteria.denominationSome'),
      list: list
        .map((d) =>
          t('liveCriteria.denominationWithin', { denomination: d.denomination, km: num(d.withinKm) })
        )
        .join(', ')
    }),
  keep: (which: string, n: number, keep: number) =>
    t('liveCriteria.keep', { ...base(which, n), keep: num(keep) }),
  fewest: t('liveCriteria.fewest'),
  intro: t('liveCriteria.intro'),
  quantileLabel: t('liveCriteria.quantileLabel'),
  quantiles: [
    { value: 0.5, label: t('liveCriteria.quantileMedian') },
    { value: 0.25, label: t('liveCriteria.quantileLow') },
    { value: 0.75, label: t('liveCriteria.quantileHigh') }
  ],
  propose: t('liveCriteria.propose'),
  proposeHelp: t('liveCriteria.proposeHelp'),
  proposing: t('liveCriteria.proposing'),
  stop: t('liveCriteria.stop'),
  stopped: t('liveCriteria.stopped'),
  proposed: (name: string) => t('liveCriteria.proposed', { name }),
  proposeNoAnswers: t('liveCriteria.proposeNoAnswers')
};

/** The participant page (/s/CODE). */
export const PARTICIPANT_TEXT = {
  title: t('participant.title'),
  loading: t('participant.loading'),
  enterCode: t('participant.enterCode'),
  codeLabel: t('participant.codeLabel'),
  codeButton: t('participant.codeButton'),
  codeInvalid: t('participant.codeInvalid'),
  gone: t('participant.gone'),
  otherCode: t('participant.otherCode'),
  error: t('participant.error'),
  retry: t('participant.retry'),
  nicknameLabel: t('participant.nicknameLabel'),
  nicknameSave: t('participant.nicknameSave'),
  anonymous: t('participant.anonymous'),
  waiting: t('participant.waiting'),
  send: t('participant.send'),
  change: t('participant.change'),
  sending: t('participant.sending'),
  tryAgain: t('participant.tryAgain'),
  less: t('participant.less'),
  more: t('participant.more'),
  ratingTitle: t('participant.ratingTitle'),
  ratingScale: t('participant.ratingScale'),
  legendOpen: t('participant.legendOpen'),
  legendClosed: t('participant.legendClosed'),
  legendNew: t('participant.legendNew'),
  legendDistance: t('participant.legendDistance'),
  meta: (sector: string, code: string) => t('participant.meta', { sector, code }),
  nicknameSaved: (name: string) => t('participant.nicknameSaved', { name }),
  received: (answer: string) => t('participant.received', { answer }),
  notSent: (why: string) => t('participant.notSent', { why }),
  stars: (n: number) => t('participant.stars', { n: String(n) }),
  /** A distance class of the map's legend, from and to in metres: "tot 0,5 km", "1 – 2 km", "10 km of meer". */
  ramp: (from: number, to: number | null) =>
    from === 0 && to !== null
      ? t('participant.rampFirst', { to: num(to / 1000) })
      : to === null
        ? t('participant.rampLast', { from: num(from / 1000) })
        : t('participant.rampMiddle', { from: num(from / 1000), to: num(to / 1000) }),
  mapAlt: (name: string) => t('participant.mapAlt', { name }),
  figuresOpen: (before: number, after: number) =>
    t('participant.figuresOpen', { after: num(after), before: num(before) }),
  figuresMean: (before: string, after: string) => t('participant.figuresMean', { after, before }),
  figuresP90: (before: string, after: string) => t('participant.figuresP90', { after, before }),
  figuresMoved: (n: number) => t('participant.figuresMoved', { n: num(n) }),
  figuresPlaces: (places: readonly string[]) => t('participant.figuresPlaces', { places: places.join(', ') }),
  edits: (n: number) => count(n, t('participant.editsOne'), 'participant.edits'),
  people: (n: number) => count(n, t('participant.peopleOne'), 'participant.people'),
  questionCount: (n: number) => count(n, t('participant.questionCountOne'), 'participant.questionCount'),
  connection: {
    connecting: t('participant.connection.connecting'),
    live: t('participant.connection.live'),
    polling: t('participant.connection.polling'),
    closed: t('participant.connection.closed')
  } as const
};

/** A distance in metres as "1,84 km" (as the workshop's figures). */
export const km = (m: number | null) =>
  m === null ? t('participant.unknown') : `${km2.format(m / 1000)} km`;

/** The facilitator's panel in the workshop. */
export const FACILITATOR_TEXT = {
  proposalLost: t('liveFacilitator.proposalLost'),
  ...LIVE_START_TEXT,
  title: t('liveFacilitator.title'),
  hide: t('liveFacilitator.hide'),
  join: t('liveFacilitator.join'),
  scan: t('liveFacilitator.scan'),
  qrLabel: (url: string) => t('liveFacilitator.qrLabel', { url }),
  codeLabel: t('liveFacilitator.codeLabel'),
  localhost: t('liveFacilitator.localhost'),
  copy: t('liveFacilitator.copy'),
  copied: t('liveFacilitator.copied'),
  participants: people,
  connection: {
    connecting: t('liveFacilitator.connection.connecting'),
    live: t('liveFacilitator.connection.live'),
    polling: t('liveFacilitator.connection.polling'),
    closed: t('liveFacilitator.connection.closed')
  } as const,
  questions: t('liveFacilitator.questions'),
  open: t('liveFacilitator.open'),
  closed: t('liveFacilitator.closed'),
  closedLower: t('liveFacilitator.closedLower'),
  openAction: t('liveFacilitator.openAction'),
  closeAction: t('liveFacilitator.closeAction'),
  answers,
  median: (value: string) => t('liveFacilitator.median', { value }),
  noAnswers: t('liveFacilitator.noAnswers'),
  ratings: t('liveFacilitator.ratings'),
  ratingsHelp: t('liveFacilitator.ratingsHelp'),
  putUp: t('liveFacilitator.putUp'),
  putUpAgain: t('liveFacilitator.putUpAgain'),
  onPhones: t('liveFacilitator.onPhones'),
  average: (mean: string, n: number) =>
    t('liveFacilitator.average', {
      mean,
      votes: count(n, t('liveFacilitator.votesOne'), 'liveFacilitator.votes')
    }),
  noRatings: t('liveFacilitator.noRatings'),
  noEdits: t('liveFacilitator.noEdits'),
  edits: (n: number) =>
    n === 0 ? t('liveFacilitator.noEdits') : count(n, t('liveFacilitator.editsOne'), 'liveFacilitator.edits'),
  criteria: t('liveFacilitator.criteria'),
  criteriaJson: t('liveFacilitator.criteriaJson'),
  export: t('liveFacilitator.export'),
  exportJson: t('liveFacilitator.exportJson'),
  exportCsv: t('liveFacilitator.exportCsv'),
  exportPdf: t('liveFacilitator.exportPdf'),
  end: t('liveFacilitator.end'),
  endConfirm: t('liveFacilitator.endConfirm'),
  gone: t('liveFacilitator.gone'),
  failed: (why: string) => t('liveFacilitator.failed', { why })
};
