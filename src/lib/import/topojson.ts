/**
 * TopoJSON -> features (topojson-client) -> the neutral table. A topology can hold several objects; we take the
 * one with points (facilities are points) and say so when there was a choice.
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { declaredCrs, featuresToTable } from './geojson';
import { ProblemList } from './problems';
import { say } from './text';
import type { Problem, Table } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const geometriesOf = (o: Obj): unknown[] =>
  o.type === 'GeometryCollection' ? (Array.isArray(o.geometries) ? o.geometries : []) : [o];

const hasPoints = (o: Obj) =>
  geometriesOf(o).some((g) => isObj(g) && (g.type === 'Point' || g.type === 'MultiPoint'));

export function parseTopoJson(value: unknown): { table: Table | null; problems: Problem[] } {
  const problems = new ProblemList();
  const fail = (code: string, message: string) => {
    problems.error(code, message);
    return { table: null, problems: problems.done() };
  };
  if (!isObj(value)) return fail('topojson-invalid', say('topojson.notObject'));
  const objects = value.objects;
  const names = isObj(objects) ? Object.keys(objects).filter((k) => isObj(objects[k])) : [];
  if (!isObj(objects) || names.length === 0) {
    return fail('topojson-no-objects', say('topojson.noObjects'));
  }
  const name = names.find((n) => hasPoints(objects[n] as Obj)) ?? names[0];
  if (names.length > 1) {
    problems.warn(
      'topojson-multiple-objects',
      say('topojson.multipleObjects', { n: names.length, names: names.join(', '), name: `'${name}'` })
    );
  }
  const crs = declaredCrs(value);
  if (crs === 'unsupported') {
    return fail('crs-unsupported', say('topojson.crsUnsupported'));
  }
  let features: unknown[];
  try {
    if (!Array.isArray(value.arcs)) throw new Error('no arcs');
    const fc = feature(value as unknown as Topology, (objects as Obj)[name] as never) as unknown as Obj;
    features = fc.type === 'FeatureCollection' ? (fc.features as unknown[]) : [fc];
    // topojson-client does not check arc indexes; a missing arc shows up as undefined positions.
    JSON.stringify(features, (_k, v) => {
      if (Array.isArray(v) && v.some((p) => p === undefined || (typeof p === 'number' && !isFinite(p))))
        throw new Error('bad arc');
      return v;
    });
  } catch {
    return fail('topojson-invalid', say('topojson.invalid', { name: `'${name}'` }));
  }
  const parsed = featuresToTable(features, 'topojson', { declaredCrs: crs, title: name });
  problems.addAll(parsed.problems);
  return { table: parsed.table, problems: problems.done() };
}
