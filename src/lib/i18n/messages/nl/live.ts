/** Dutch messages, namespace `live`: the facilitator's live session in the workshop (see ../nl.ts). */
export const live = {
  start: 'Live sessie starten',
  starting: 'Sessie starten…',
  running: 'Live {code} · {people}',
  peopleOne: '1 deelnemer',
  people: '{n} deelnemers'
} as const;
