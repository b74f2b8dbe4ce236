/**
 * The Dutch messages: the source of truth of the catalogue's keys (en.ts must have the same shape, checked by the
 * compiler and tests/unit/i18n.test.ts). ICU message syntax (`{name}` placeholders; a quote before `{` escapes it).
 * Namespaces: common (labels used everywhere), language, header (the atlas header), home (region choice page),
 * choice (the school-choice model in the workshop and exports), model (the page "Hoe goed klopt het model?"),
 * proposal ("Voorstel uit criteria").
 */
import { common } from './nl/common';
import { language } from './nl/language';
import { header } from './nl/header';
import { home } from './nl/home';
import { choice } from './nl/choice';
import { model } from './nl/model';
import { proposal } from './nl/proposal';
import { live } from './nl/live';
import { liveCriteria } from './nl/liveCriteria';
import { liveQuestions } from './nl/liveQuestions';
import { livePdf } from './nl/livePdf';
import { participant } from './nl/participant';
import { years } from './nl/years';
import { assumptions } from './nl/assumptions';
import { money } from './nl/money';
import { method } from './nl/method';
import { region } from './nl/region';
import { detour } from './nl/detour';
import { sectorSwitch } from './nl/sectorSwitch';
import { scenarios } from './nl/scenarios';
import { compare } from './nl/compare';
import { importing } from './nl/importing';
import { csv } from './nl/csv';
import { exportFiles } from './nl/exportFiles';
import { pdf } from './nl/pdf';
import { report } from './nl/report';
import { workshop } from './nl/workshop';
import { offline } from './nl/offline';
import { errors } from './nl/errors';
import { mapText } from './nl/mapText';
import { terms } from './nl/terms';

export const nl = {
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
} as const;
