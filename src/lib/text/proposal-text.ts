/**
 * The words of "Voorstel uit criteria" (the panel, its chart and the name of the scenario it makes), from the
 * message catalogue (namespace `proposal`). The engine's own sentences (criteria errors, checks, relaxations, the
 * explanation) come with the result, from src/lib/engine/optimise/messages*.ts.
 */
import type { OptimiseCriteria, OptimiseResult } from '$lib/engine';
import { INTL_LOCALE, t } from '$lib/i18n/catalogue';

const km = (v: number) => `${new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 1 }).format(v)} km`;

const KEYS = [
  'title',
  'intro',
  'objective',
  'keep',
  'maxDistance',
  'share',
  'minPupils',
  'minPupilsNone',
  'minPupilsNumber',
  'minPupilsNorm',
  'year',
  'yearNow',
  'placeMin',
  'denomination',
  'denominationNone',
  'lockOpen',
  'lockClosed',
  'lockHint',
  'compute',
  'stop',
  'stopped',
  'useFirst',
  'busy',
  'firstAnswer',
  'constraints',
  'met',
  'notMet',
  'relaxations',
  'apply',
  'chartTitle',
  'chartX',
  'chartMean',
  'chartToday',
  'chartProposal',
  'onlyAllSectors',
  'readOnlyNote'
] as const;

export const PROPOSAL_TEXT = {
  ...(Object.fromEntries(KEYS.map((k) => [k, t(`proposal.${k}`)])) as Record<(typeof KEYS)[number], string>),
  objectives: {
    fewest: t('proposal.objectives.fewest'),
    median: t('proposal.objectives.median'),
    coverage: t('proposal.objectives.coverage')
  },
  firstKept: (open: number) => t('proposal.firstKept', { open: String(open) }),
  newScenario: (name: string) => t('proposal.newScenario', { name }),
  chartCaption: (d: number) => t('proposal.chartCaption', { km: km(d) }),
  chartWithin: (d: number) => t('proposal.chartWithin', { km: km(d) })
} as const;

/** The new scenario's name: "Voorstel: minste locaties, 3 km" (and a warning when not every criterion holds). */
export function proposalName(criteria: OptimiseCriteria, result: OptimiseResult): string {
  const parts: string[] = [t(`proposal.goal.${criteria.objective}`)];
  if (criteria.keep !== undefined) parts.push(t('proposal.nameLocations', { n: String(criteria.keep) }));
  if (criteria.maxDistanceKm !== undefined) parts.push(km(criteria.maxDistanceKm));
  if (criteria.minPupils !== undefined)
    parts.push(
      criteria.minPupils === 'norm'
        ? t('proposal.nameNorm')
        : t('proposal.nameMinPupils', { n: String(criteria.minPupils) })
    );
  if (criteria.year !== undefined) parts.push(String(criteria.year));
  return t(result.feasible ? 'proposal.name' : 'proposal.nameNotAll', { parts: parts.join(', ') });
}
