/** The English messages: the same keys as nl.ts (the type says so; tests/unit/i18n.test.ts checks it too). */
import type { Messages } from './types';
import { common } from './en/common';
import { language } from './en/language';
import { header } from './en/header';
import { home } from './en/home';
import { choice } from './en/choice';
import { model } from './en/model';
import { proposal } from './en/proposal';
import { live } from './en/live';
import { liveCriteria } from './en/liveCriteria';
import { liveQuestions } from './en/liveQuestions';
import { livePdf } from './en/livePdf';
import { participant } from './en/participant';
import { years } from './en/years';
import { assumptions } from './en/assumptions';
import { money } from './en/money';
import { method } from './en/method';
import { region } from './en/region';
import { detour } from './en/detour';
import { sectorSwitch } from './en/sectorSwitch';
import { scenarios } from './en/scenarios';
import { compare } from './en/compare';
import { importing } from './en/importing';
import { csv } from './en/csv';
import { exportFiles } from './en/exportFiles';
import { pdf } from './en/pdf';
import { report } from './en/report';
import { workshop } from './en/workshop';
import { offline } from './en/offline';
import { errors } from './en/errors';
import { mapText } from './en/mapText';
import { terms } from './en/terms';

export const en: Messages = {
  common,
  language,
  header,
  home,
  choice,
  model,
  proposal,
  live,
  liveCriteria,
  liveQuestions,
  livePdf,
  participant,
  years,
  assumptions,
  money,
  method,
  region,
  detour,
  sectorSwitch,
  scenarios,
  compare,
  importing,
  csv,
  exportFiles,
  pdf,
  report,
  workshop,
  offline,
  errors,
  mapText,
  terms
};
