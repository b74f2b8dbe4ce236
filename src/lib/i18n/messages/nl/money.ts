/** Dutch messages, namespace `money`: floor area and costs of one year in the year view. */
export const money = {
  aria: 'Vloeroppervlak en kosten',
  heading: 'Vloeroppervlak en kosten in {year}',
  current: 'huidig',
  value: 'waarde',
  scenario: 'scenario',
  difference: 'verschil',
  row: {
    floorBuilding: 'Gebouwen (normatief, 2023)',
    floorNeeded: 'Nodig in dit jaar',
    floorSurplus: 'Overschot',
    floorShortage: 'Tekort',
    costLocations: 'Kosten locaties',
    costFloor: 'Kosten m² in gebruik',
    costTransport: 'Kosten leerlingenvervoer',
    costTotal: 'Kosten totaal per jaar'
  },
  note: "Rekenmodel met aannames (zie hierboven), bedoeld om scenario's te vergelijken."
} as const;
