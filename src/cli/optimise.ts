/**
 * npm run --silent optimise -- --region achterhoek --objective fewest --max-distance 3 [--json] (see --help)
 *
 * Turns criteria into a spreading scenario with the engine's optimiser (src/lib/engine/optimise), HiGHS for the
 * exact run, and prints the proposal as Dutch text or one JSON document whose `scenario` is a scenario file that
 * `npm run evaluate -- --scenario` accepts and whose `summary` is what evaluate prints for it. Exit codes: 0 done
 * (also when the criteria cannot all be met: see `feasible`), 1 invalid bundle, 2 bad arguments or criteria, with
 * one Dutch line on stderr and no stack trace. See docs/cli.md.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import highsLoader from 'highs';
import {
  createEvaluator,
  highsSolver,
  optimise,
  OptimiseInputError,
  toScenarioFile,
  type OptimiseResult,
  type YearOptions
} from '../lib/engine/index';
import { ArgsError, OPTIMISE_USAGE, parseOptimiseArgs, type OptimiseArgs } from './lib/optimise-args';
import { BadBundleError, loadRegionBundle, UnknownBundleError } from './lib/load-bundle';
import { renderOptimise } from './lib/optimise-text';

export { OPTIMISE_USAGE } from './lib/optimise-args';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The `--json` document: exactly these keys, in this order (`relaxations` empty when feasible). */
export function jsonDocument(args: OptimiseArgs, r: OptimiseResult, yearOptions: YearOptions) {
  const parameters = {
    detourFactor: args.detour ?? 1,
    contextKm: 10,
    allocation: args.allocation,
    ...(Object.keys(yearOptions.prognosis ?? {}).length > 0
      ? { years: { prognosis: yearOptions.prognosis } }
      : {})
  };
  return {
    scenario: toScenarioFile(args.region, args.sector, r.edits, parameters),
    summary: r.summary,
    objective: r.report,
    constraints: r.constraints,
    feasible: r.feasible,
    unreachable: r.unreachable,
    relaxations: r.relaxations
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseOptimiseArgs(argv);
    if (args.help) {
      io.stdout(OPTIMISE_USAGE + '\n');
      return 0;
    }
    const dir = isAbsolute(args.bundles) ? args.bundles : resolve(REPO_ROOT, args.bundles);
    const bundle = loadRegionBundle(dir, args.region);
    if (!bundle.facilities.some((f) => f.sector === args.sector && !f.context)) {
      throw new ArgsError(`De regio ${bundle.meta.name} heeft geen ${args.sector}-scholen.`);
    }
    const evaluator = createEvaluator(bundle, args.sector, {
      detourFactor: args.detour ?? 1,
      allocation: args.allocation
    });
    const prognosis = {
      ...(args.birthTrend !== null ? { birthTrend: args.birthTrend } : {}),
      ...(args.migration !== null ? { migration: args.migration } : {})
    };
    const yearOptions: YearOptions = { prognosis };
    const solver = args.heuristic ? null : highsSolver(await highsLoader());
    const result = optimise(evaluator, args.criteria, {
      solver,
      yearOptions,
      timeLimitMs: args.timeLimit * 1000
    });
    if (args.json) io.stdout(JSON.stringify(jsonDocument(args, result, yearOptions)) + '\n');
    else {
      const names = new Map(evaluator.prepared.facilities.map((f) => [f.id, f.name]));
      io.stdout(renderOptimise(result, bundle.meta.name, names));
    }
    return 0;
  } catch (e) {
    if (e instanceof ArgsError || e instanceof OptimiseInputError || e instanceof UnknownBundleError) {
      io.stderr(`Fout: ${e.message}\n`);
      return 2;
    }
    if (e instanceof BadBundleError) {
      io.stderr(`Fout: ${e.message}\n`);
      return 1;
    }
    io.stderr(`Fout: ${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ')}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t)
  }).then((code) => (process.exitCode = code));
}
