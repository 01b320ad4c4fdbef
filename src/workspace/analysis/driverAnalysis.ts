import { classifyDrivers, driverImportance, fitTransferFunction } from '../../transfer/index';
import type { DriverObservationsData } from '../Workspace';
import type { DriverAnalysis, MeasureName } from '../WorkspaceAnalysis';

/** @internal The transfer function of a driver data set, its driver importance and quadrants. */
export function driverAnalysis(
  data: DriverObservationsData,
  measureNames: ReadonlyMap<string, MeasureName>,
): DriverAnalysis {
  const drivers = Object.fromEntries(data.drivers.map((driver) => [driver, data.columns[driver] as Float64Array]));
  const fit = fitTransferFunction({
    outcome: data.columns[data.outcome] as Float64Array,
    drivers,
    ...(data.weights === undefined ? {} : { weights: data.weights }),
  });
  // Shapley is exact over every subset: affordable up to a dozen drivers; beyond,
  // relative weights give nearly the same shares in a fraction of the time.
  const method = data.drivers.length <= 12 ? 'shapley' : 'relative-weights';
  const importance = driverImportance(fit, { method });
  const classification = data.performance === undefined ? null : classifyDrivers(importance, data.performance);
  const names = Object.fromEntries(
    [data.outcome, ...data.drivers].flatMap((id) => {
      const name = measureNames.get(id);
      return name === undefined ? [] : [[id, name]];
    }),
  );
  return { data: data.id, file: data.file, outcome: data.outcome, fit, method, importance, classification, names };
}
