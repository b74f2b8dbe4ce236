/** Dutch messages, namespace `detour`: straight-line distance or the estimated travel distance. */
export const detour = {
  legend: 'Afstand',
  straight: 'Hemelsbreed',
  road: 'Geschatte reisafstand',
  factor: 'omwegfactor'
} as const;
