/**
 * Namespaces that only parts loaded when used need (the import dialogs and their problem messages, the method
 * overlay, the model page, the live session's panel and phone page, the compare page, the PDF and CSV exports, the
 * money panel): they are not in nl.ts/en.ts, so not in the atlas page's first load. The module that uses one imports
 * its registration, `$lib/i18n/parts/<namespace>` (tests/unit/i18n-lazy.test.ts checks that), which adds both
 * languages to the catalogue when that module loads.
 */
import type { compare } from './nl/compare';
import type { csv } from './nl/csv';
import type { importDialog } from './nl/importDialog';
import type { importProblems } from './nl/importProblems';
import type { liveCriteria } from './nl/liveCriteria';
import type { livePdf } from './nl/livePdf';
import type { liveQuestions } from './nl/liveQuestions';
import type { method } from './nl/method';
import type { model } from './nl/model';
import type { money } from './nl/money';
import type { participant } from './nl/participant';
import type { pdf } from './nl/pdf';
import type { pdfText } from './nl/pdfText';
import type { report } from './nl/report';
import type { liveFacilitator } from './nl/liveFacilitator';
import type { facilityCard } from './nl/facilityCard';
import type { presetText } from './nl/presetText';
import type { tracks } from './nl/tracks';

export const LAZY_NAMESPACES = [
  'facilityCard',
  'liveFacilitator',
  'compare',
  'csv',
  'importDialog',
  'importProblems',
  'liveCriteria',
  'livePdf',
  'liveQuestions',
  'method',
  'model',
  'money',
  'participant',
  'pdf',
  'pdfText',
  'report',
  'presetText',
  'tracks'
] as const;
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];

/** The Dutch shape of the lazy namespaces (types only: nothing of them is loaded by importing this). */
export interface LazyNl {
  facilityCard: typeof facilityCard;
  presetText: typeof presetText;
  tracks: typeof tracks;
  liveFacilitator: typeof liveFacilitator;
  compare: typeof compare;
  csv: typeof csv;
  importDialog: typeof importDialog;
  importProblems: typeof importProblems;
  liveCriteria: typeof liveCriteria;
  livePdf: typeof livePdf;
  liveQuestions: typeof liveQuestions;
  method: typeof method;
  model: typeof model;
  money: typeof money;
  participant: typeof participant;
  pdf: typeof pdf;
  pdfText: typeof pdfText;
  report: typeof report;
}
