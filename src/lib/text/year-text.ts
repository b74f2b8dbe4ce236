/**
 * The words of the year view that need a little logic, from the message catalogue (namespaces `years`,
 * `assumptions`): the change beside a figure, a parameter's label and source in the page's language (the engine's
 * `assumptions` list stays Dutch for the CLI and says which parameters there are), and bold words in a message.
 */
import type { Assumption, EngineSector } from '$lib/engine';
import { t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';

/** The change beside a year figure: "+12 t.o.v. huidig" (against the baseline) or "−3 t.o.v. 2023". */
export function yearDelta(delta: string, against: 'current' | number): string {
  return against === 'current'
    ? t('years.deltaCurrent', { delta })
    : t('years.deltaYear', { delta, year: String(against) });
}

/** The engine's source of a value the user set. */
const ENGINE_USER_SOURCE = 'ingesteld door de gebruiker';

export interface AssumptionText {
  label: string;
  source: string;
  /** The user set the value (not the default). */
  user: boolean;
}

/** The source of a parameter left at its default, by key. */
function defaultSource(sector: EngineSector, key: string): string {
  switch (key) {
    case 'prognosis.birthTrend':
      return t('assumptions.source.birthTrend');
    case 'prognosis.birthBand':
      return t('assumptions.source.birthBand');
    case 'prognosis.migration':
      return t('assumptions.source.migration');
    case 'transport.thresholdM':
      return t('assumptions.source.thresholdM');
    case 'floor.fixedM2':
    case 'floor.perPupilM2':
      return t(`assumptions.source.floor.${sector}`);
    case 'costs.perTransportPupil':
      return sector === 'vo' ? t('assumptions.source.transportVo') : t('assumptions.source.assumption');
    default:
      return t('assumptions.source.assumption');
  }
}

/** The label of a parameter, by key (the engine's Dutch label for a key the catalogue does not know). */
function label(sector: EngineSector, a: Assumption): string {
  const field = a.key.split('.')[1];
  if (field === 'fixedM2' || field === 'perPupilM2') return t(`assumptions.label.${field}.${sector}`);
  const key = `assumptions.label.${field}` as MessageKey;
  const text = t(key);
  return text === key ? a.label : text;
}

/** One parameter of the engine's assumptions list in the page's language. */
export function assumptionText(sector: EngineSector, a: Assumption): AssumptionText {
  const user = a.source === ENGINE_USER_SOURCE;
  return {
    label: label(sector, a),
    source: user ? t('assumptions.source.user') : defaultSource(sector, a.key),
    user
  };
}

/** A message with *bold* words as parts, for markup that shows the bold ones in <b>. */
export function boldParts(message: string): { text: string; bold: boolean }[] {
  return message
    .split('*')
    .map((text, i) => ({ text, bold: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}
