import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { createEventLogParser, type EventLogOptions } from './createEventLogParser';
import type { EventLog } from './EventLog';

/**
 * Reads a whole event log held in memory — XES or process-mining CSV — into the columns
 * `measureJourney` takes. The same as one `write` and `end` of {@link createEventLogParser};
 * for a file, use `readEventLog` in `cxkit/node`, which streams it.
 *
 * @param text - The log's text.
 * @param options - `format` (required) and the rest of {@link EventLogOptions}.
 * @returns The {@link EventLog}.
 * @throws `CxError` `INVALID_EVENT_LOG` naming the line and field; `INVALID_ARGUMENT`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { measureJourney, parseEventLog } from 'cxkit/journeys';
 *
 * const xes = `<log xes.version="1849-2016">
 *   <trace><string key="concept:name" value="INC-7"/>
 *     <event><string key="concept:name" value="Ticket opened"/><date key="time:timestamp" value="2026-05-04T08:00:00+02:00"/></event>
 *     <event><string key="concept:name" value="Ticket closed"/><date key="time:timestamp" value="2026-05-04T15:00:00+02:00"/></event>
 *   </trace>
 * </log>`;
 * const log = parseEventLog(xes, { format: 'xes' });
 * log.events.caseIds // => ['INC-7']
 * const measure = measureJourney({
 *   kind: 'journey', schemaVersion: 1, id: 'support', title: 'Support ticket', customer: { segment: 'members' },
 *   boundary: { start: 'Ticket opened', end: 'Ticket closed' },
 *   events: [{ name: 'Ticket opened', perspective: 'customer' }, { name: 'Ticket closed', perspective: 'customer' }],
 *   stages: [{ id: 'help', name: 'Help', phase: 'support' }],
 *   steps: [{ id: 'resolve', stage: 'help', name: 'Resolve', owner: 'service', control: 'company',
 *     startEvent: 'Ticket opened', endEvent: 'Ticket closed' }],
 * }, log.events, { asOf: '2026-06-01' });
 * (measure.cases[0]?.wingToWingMs ?? 0) / 3_600_000 // => 7
 * parseEventLog('<log><trace>', { format: 'xes', source: 'cut.xes' }) // throws CxError INVALID_EVENT_LOG
 *
 * @category Event logs
 */
export function parseEventLog(text: string, options: EventLogOptions): EventLog {
  if (typeof text !== 'string') raise('INVALID_ARGUMENT', ['text', 'text', describeValue(text)], { path: ['text'] });
  const parser = createEventLogParser(options);
  parser.write(text);
  return parser.end();
}
