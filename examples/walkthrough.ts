/**
 * A walk through cxkit/core on bundled data: a service promise kept as a versioned
 * document, and 180 customer complaints measured against it the way the customer
 * feels it — business days from complaint to resolution, month by month, in the
 * calendar of the team that made the promise.
 *
 * Run it with `npm run example`.
 */
import { readFileSync } from 'node:fs';
import {
  bucketByPeriod,
  businessDaysBetween,
  CxValidationError,
  countFindings,
  defineDocumentType,
  defineRuleRegistry,
  type Finding,
  findingFromRule,
  formatPath,
  isoDateSchema,
  parseDocument,
  parseInstants,
  parseJson,
  safeParseDocument,
  sortFindings,
  trailingWindow,
} from 'cxkit/core';
import * as z from 'zod';

const readData = (name: string) => parseJson(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));

// 1. A document kind of our own, built on the core envelope (kind, schemaVersion, id, title, …).
const servicePromise = defineDocumentType({
  kind: 'service-promise',
  schemaVersion: 1,
  description: 'A promise to customers about how long something takes, measured from their side.',
  shape: {
    promise: z.strictObject({
      from: z.string().min(1),
      to: z.string().min(1),
      withinBusinessDays: z.number().int().positive(),
      target: z.number().gt(0).lte(1),
    }),
    calendar: z.strictObject({
      timeZone: z.string().min(1),
      holidays: z.array(isoDateSchema).default([]),
    }),
  },
});

const promise = parseDocument(servicePromise, readData('service-promise.json'));
console.log(`\n${promise.title}`);
console.log(`  owner: ${promise.metadata?.owner}; measured from "${promise.promise.from}" to "${promise.promise.to}"`);
console.log(`  calendar: ${promise.calendar.timeZone}, ${promise.calendar.holidays.length} holidays`);

// 2. A misspelled copy is refused with the place of each problem, not half-read.
const misspelled = { ...promise, promise: { ...promise.promise, withinBusinesDays: 5 }, owner: 'Care' };
const refused = safeParseDocument(servicePromise, misspelled);
if (!refused.success && refused.error instanceof CxValidationError) {
  console.log('\nA misspelled copy of the document is refused:');
  for (const issue of refused.error.issues) {
    console.log(`  ${formatPath(issue.path)}: ${issue.message}`);
  }
}

// 3. Complaints: timestamps checked in one pass (a bad row would be named by index).
const complaints = readData('complaints.json') as Array<{
  id: string;
  segment: string;
  receivedAt: string;
  resolvedAt: string;
}>;
const calendar = { timeZone: promise.calendar.timeZone, holidays: promise.calendar.holidays };
const received = parseInstants(complaints, { field: 'receivedAt' });
const resolved = parseInstants(complaints, { field: 'resolvedAt' });
const businessDays = complaints.map((_, index) =>
  businessDaysBetween(received[index] as number, resolved[index] as number, calendar),
);

// 4. Month by month, in the promise's own calendar, with empty months shown.
const months = bucketByPeriod(received, 'month', { timeZone: calendar.timeZone, fillGaps: true });
const kept = new Uint32Array(months.periods.length);
months.periodIndex.forEach((month, index) => {
  if ((businessDays[index] as number) <= promise.promise.withinBusinessDays) kept[month] = (kept[month] as number) + 1;
});
console.log(
  `\nComplaints resolved within ${promise.promise.withinBusinessDays} business days (target ${promise.promise.target * 100}%):`,
);
console.log('  month     complaints  kept   share');
months.periods.forEach((period, month) => {
  const count = months.counts[month] as number;
  const share = count === 0 ? '   –' : `${((100 * (kept[month] as number)) / count).toFixed(1).padStart(5)}%`;
  console.log(`  ${period.label}   ${String(count).padStart(10)}  ${String(kept[month]).padStart(4)}  ${share}`);
});

// 5. The last complete quarter as of an explicit date (cxkit never reads the clock).
const asOf = '2026-11-22T09:00:00Z';
const quarter = trailingWindow(asOf, { unit: 'quarter', size: 1, timeZone: calendar.timeZone });
console.log(`\nAs of ${asOf}, the last complete quarter is ${quarter.label}.`);

// 6. Findings: one documented rule, its findings sorted and counted like any lint.
const rules = defineRuleRegistry([
  {
    id: 'promise/missed-target',
    summary: 'A month kept the promise for fewer customers than its target.',
    rationale: 'A promise customers cannot rely on is felt as a broken one, however good the average looks.',
    severity: 'warning',
  },
  {
    id: 'promise/long-tail',
    summary: 'A segment has complaints that took more than one and a half times the promised time.',
    rationale: 'Customers feel the spread, not only the average: the slowest cases shape the story.',
    severity: 'info',
  },
]);
const findings: Finding[] = [];
months.periods.forEach((period, month) => {
  const count = months.counts[month] as number;
  if (count > 0 && (kept[month] as number) / count < promise.promise.target) {
    findings.push(
      findingFromRule(rules['promise/missed-target'], {
        message: `${period.label}: ${kept[month]} of ${count} complaints resolved in time.`,
        path: ['months', period.label],
        hint: 'Look at where the time went between complaint and resolution, not only inside the care team.',
      }),
    );
  }
});
const tail = 1.5 * promise.promise.withinBusinessDays;
for (const segment of new Set(complaints.map((complaint) => complaint.segment))) {
  const slow = complaints.filter(
    (complaint, index) => complaint.segment === segment && (businessDays[index] as number) > tail,
  );
  if (slow.length > 0) {
    findings.push(
      findingFromRule(rules['promise/long-tail'], {
        message: `${segment}: ${slow.length} complaints took over ${tail} business days (${slow
          .slice(0, 3)
          .map((complaint) => complaint.id)
          .join(', ')}${slow.length > 3 ? ', …' : ''}).`,
        path: ['segments', segment],
      }),
    );
  }
}
const counts = countFindings(findings);
console.log(`\nFindings: ${counts.warning} warnings, ${counts.info} info`);
for (const finding of sortFindings(findings)) {
  console.log(`  ${finding.severity.padEnd(7)} ${finding.rule.padEnd(22)} ${finding.message}`);
  if (finding.hint !== undefined) console.log(`  ${''.padEnd(30)} hint: ${finding.hint}`);
}
console.log('');
