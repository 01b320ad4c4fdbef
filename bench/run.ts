/**
 * Runs every benchmark in bench/ and prints, for each, the median time of a plain
 * reference loop and of each candidate, with the ratio. Quote ratios, not absolute
 * times: machines here are noisy.
 */
import { run as bucketByPeriod } from './core/bucketByPeriod.bench';
import { run as instantReader } from './core/instantReader.bench';
import { run as evaluateSurveyRequest } from './governance/evaluateSurveyRequest.bench';
import { run as measureJourney } from './journeys/measureJourney.bench';
import { run as nps } from './metrics/nps.bench';
import { run as outcomesByScoreCategory } from './metrics/outcomesByScoreCategory.bench';
import { run as scoreSeries } from './metrics/scoreSeries.bench';
import { runEventLog as readEventLog, runSurveyExport as readSurveyExport } from './node/readers.bench';
import { run as fitTransferFunction } from './transfer/fitTransferFunction.bench';
import { run as warehouseScale } from './warehouse/scale.bench';
import { run as threads } from './warehouse/threads.bench';

const only = process.argv[2];
const suites: Record<string, () => Promise<void>> = {
  bucketByPeriod,
  instantReader,
  nps,
  scoreSeries,
  outcomesByScoreCategory,
  measureJourney,
  fitTransferFunction,
  threads,
  warehouseScale,
  evaluateSurveyRequest,
  readSurveyExport,
  readEventLog,
};
for (const [name, suite] of Object.entries(suites)) {
  if (only === undefined || name.includes(only)) await suite();
}
