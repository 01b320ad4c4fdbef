import { classifyDrivers, driverImportance, fitTransferFunction } from '../../transfer/index';
import type { DriverObservationsData } from '../Workspace';
import type { DriverAnalysis } from '../WorkspaceAnalysis';

/** @internal The transfer function of a driver data set, its driver importance and quadrants. */
export function driverAnalysis(data: DriverObservationsData): DriverAnalysis {
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
  return { data: data.id, file: data.file, fit, method, importance, classification };
}
