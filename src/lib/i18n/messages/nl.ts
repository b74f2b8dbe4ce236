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
import { proposal } from './nl/proposal';
import { live } from './nl/live';
import { years } from './nl/years';
import { assumptions } from './nl/assumptions';
import { region } from './nl/region';
import { detour } from './nl/detour';
import { sectorSwitch } from './nl/sectorSwitch';
import { scenarios } from './nl/scenarios';
import { importing } from './nl/importing';
import { exportFiles } from './nl/exportFiles';
import { workshop } from './nl/workshop';
import { offline } from './nl/offline';
import { errors } from './nl/errors';
import { workshopShell } from './nl/workshopShell';
import { scenarioFiles } from './nl/scenarioFiles';
import { facility } from './nl/facility';
import { mapText } from './nl/mapText';
import { terms } from './nl/terms';

export const nl = {
  common,
  language,
  header,
  home,
  choice,
  proposal,
  live,
  years,
  assumptions,
  region,
  detour,
  sectorSwitch,
  scenarios,
  importing,
  exportFiles,
  workshop,
  offline,
  errors,
  workshopShell,
  scenarioFiles,
  facility,
  mapText,
  terms
} as const;
