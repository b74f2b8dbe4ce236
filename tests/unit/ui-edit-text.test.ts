import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvaluator, ScenarioError, type Edit } from '../../src/lib/engine';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { describeEdit, refusalMessage } from '../../src/lib/text/edit-text';
import { nameLookup } from '../../src/lib/view/facility-details';

const dir = process.env.TRANSITIEATLAS_GEODATA || join(__dirname, '../../geodata');
const bundle = JSON.parse(readFileSync(join(dir, 'bundles/achterhoek.json'), 'utf8')) as RegionBundle;
const lookup = nameLookup(bundle, null);
const context = bundle.facilities.find((f) => f.sector === 'po' && f.context)!;

/** The engine's own refusal of an edit list, as the worker reports it. */
function refuse(edits: Edit[]) {
  const ev = createEvaluator(bundle, 'po');
  try {
    ev.evaluate(edits);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    return { message: e.message, editIndex: e.editIndex, problem: e.problem };
  }
  throw new Error('expected a refusal');
}

describe('edits in plain Dutch', () => {
  it('describes each kind of edit with name and place', () => {
    expect(describeEdit({ op: 'close', facility: '14ZK00' }, lookup)).toBe(
      'Sluit Basisschool Laetare, Kilder'
    );
    expect(describeEdit({ op: 'merge', facility: '14ZK00', into: '03TG00' }, lookup)).toBe(
      'Voeg Basisschool Laetare, Kilder samen met Roncalli Basisschool, Zeddam'
    );
    expect(describeEdit({ op: 'capacity', facility: '03TG00', capacity: 1250 }, lookup)).toBe(
      'Capaciteit Roncalli Basisschool, Zeddam: 1.250 leerlingen'
    );
    expect(describeEdit({ op: 'open', id: 'N1', name: 'Kindcentrum Noord', lon: 6.4, lat: 52 }, lookup)).toBe(
      'Nieuwe locatie: Kindcentrum Noord'
    );
    expect(describeEdit({ op: 'close', facility: 'XXXX99' }, lookup)).toBe('Sluit XXXX99');
  });

  it.each([
    [
      [{ op: 'close', facility: 'XXXX99' }],
      /^Ingreep 1 \(Sluit XXXX99\) kan niet: de school 'XXXX99' bestaat niet/
    ],
    [
      [
        { op: 'close', facility: '14ZK00' },
        { op: 'close', facility: '14ZK00' }
      ],
      /^Ingreep 2 \(Sluit Basisschool Laetare, Kilder\) kan niet: Basisschool Laetare, Kilder is al gesloten\.$/
    ],
    [[{ op: 'close', facility: context.id }], /ligt buiten de regio; die school kan wel leerlingen opvangen/],
    [
      [{ op: 'merge', facility: '14ZK00', into: '14ZK00' }],
      /kan niet: een school kan niet met zichzelf samengaan/
    ],
    [
      [{ op: 'merge', facility: '14ZK00', into: 'XXXX99' }],
      /de school 'XXXX99' om mee samen te voegen bestaat niet/
    ],
    [
      [
        { op: 'close', facility: '03TG00' },
        { op: 'merge', facility: '14ZK00', into: '03TG00' }
      ],
      /Roncalli Basisschool, Zeddam is al gesloten en kan geen leerlingen opvangen/
    ],
    [[{ op: 'open', id: '14ZK00', name: 'x', lon: 6.3, lat: 52 }], /de code '14ZK00' bestaat al/],
    [[{ op: 'open', id: 'N1', name: 'x', lon: 2, lat: 40 }], /die plek ligt buiten Nederland/],
    [
      [{ op: 'capacity', facility: '03TG00', capacity: -3 }],
      /de capaciteit moet een getal van 0 of meer zijn/
    ]
  ] as [Edit[], RegExp][])('words the engine refusal of %j in Dutch', (edits, re) => {
    const failure = refuse(edits);
    const text = refusalMessage(failure, edits, lookup);
    expect(text).toMatch(re);
    expect(text).not.toMatch(/facility|already|cannot|must/);
  });

  it('falls back to the engine text when it does not know the problem', () => {
    const text = refusalMessage(
      { message: 'x', editIndex: 0, problem: 'something new' },
      [{ op: 'close', facility: 'A' }],
      lookup
    );
    expect(text).toBe('Ingreep 1 (Sluit A) kan niet: something new.');
    expect(refusalMessage({ message: 'Rekenkern gestopt', editIndex: null }, [], lookup)).toBe(
      'Rekenkern gestopt'
    );
  });
});
