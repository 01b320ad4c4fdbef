import { describeValue } from '../core/errors/describeValue';
import type { ClassifiedDriver, DriverClassification } from '../transfer/classifyDrivers';
import { readChartOptions } from './chartOptions';
import type { DriverQuadrantInput } from './DriverQuadrantInput';
import type { DriverQuadrantOptions } from './DriverQuadrantOptions';
import { raiseRender } from './messages';
import { quadrantWords } from './quadrantWords';
import { rankDrivers } from './rankDrivers';

const chartName = 'driverQuadrant';

/**
 * Checks what `driverQuadrant` was given: the common options, the classification, the
 * `labels` option, every driver's numbers and quadrant, then each driver's label.
 *
 * @internal
 */
export function readDriverQuadrantInput(
  classification: DriverClassification,
  options: DriverQuadrantOptions,
): DriverQuadrantInput {
  const common = readChartOptions(options, ['labels'], { width: 640, title: 'Drivers: importance × performance' });
  if (typeof classification !== 'object' || classification === null || !Array.isArray(classification.drivers)) {
    raiseRender('INVALID_INPUT', ['classification', 'what classifyDrivers returns', describeValue(classification)], {
      path: [],
    });
  }
  const labels = (options.labels ?? {}) as Readonly<Record<string, unknown>>;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    raiseRender('INVALID_INPUT', ['Option labels', 'an object of driver names by driver id', describeValue(labels)], {
      path: ['labels'],
    });
  }
  const drivers: readonly ClassifiedDriver[] = classification.drivers;
  if (drivers.length === 0) raiseRender('NO_DATA', [chartName, 'the classification has no drivers']);
  const finite = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      raiseRender('INVALID_INPUT', [path.join('.'), 'a finite number', describeValue(value)], { path });
    }
  };
  finite(classification.importanceThreshold, ['importanceThreshold']);
  drivers.forEach((driver, index) => {
    for (const field of ['importance', 'current', 'target', 'gap'] as const)
      finite(driver[field], ['drivers', index, field]);
    if (!Object.hasOwn(quadrantWords, driver.quadrant)) {
      raiseRender(
        'INVALID_INPUT',
        [`drivers.${index}.quadrant`, 'a quadrant of classifyDrivers', describeValue(driver.quadrant)],
        {
          path: ['drivers', index, 'quadrant'],
        },
      );
    }
  });
  const nameOf = (driver: ClassifiedDriver) => {
    const given = Object.hasOwn(labels, driver.driver) ? labels[driver.driver] : undefined;
    if (given !== undefined && (typeof given !== 'string' || given.trim() === '')) {
      raiseRender('INVALID_INPUT', [`Option labels.${driver.driver}`, 'a non-empty text', describeValue(given)], {
        path: ['labels', driver.driver],
      });
    }
    return (given as string | undefined) ?? driver.driver;
  };
  // Labels are checked most important driver first, the order the chart's key lists them,
  // so that of several bad labels the one reported is the first a reader would meet.
  const names: string[] = [];
  for (const index of rankDrivers(drivers)) names[index] = nameOf(drivers[index] as ClassifiedDriver);
  return { common, importanceThreshold: classification.importanceThreshold, drivers, names };
}
