/** The English messages: the same keys as nl.ts (the type says so; tests/unit/i18n.test.ts checks it too). */
import type { Messages } from './types';
import { common } from './en/common';
import { language } from './en/language';
import { header } from './en/header';
import { home } from './en/home';
import { choice } from './en/choice';
import { proposal } from './en/proposal';
import { live } from './en/live';
import { years } from './en/years';
import { assumptions } from './en/assumptions';
import { region } from './en/region';
import { detour } from './en/detour';
import { sectorSwitch } from './en/sectorSwitch';
import { scenarios } from './en/scenarios';
import { importing } from './en/importing';
import { exportFiles } from './en/exportFiles';
import { workshop } from './en/workshop';
import { offline } from './en/offline';
import { errors } from './en/errors';
import { workshopShell } from './en/workshopShell';
import { scenarioFiles } from './en/scenarioFiles';
import { facility } from './en/facility';
import { mapText } from './en/mapText';
import { terms } from './en/terms';

export const en: Messages = {
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
};
