/**
 * The large files the reader benchmarks read, written once into the system's temporary
 * folder from a fixed seed (the same bytes on every run).
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const random = (seed: number) => {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
};

async function writeLines(path: string, lines: Iterable<string>): Promise<string> {
  if (existsSync(path) && statSync(path).size > 0) return path;
  const out = createWriteStream(`${path}.part`);
  let buffer = '';
  for (const line of lines) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const { renameSync } = await import('node:fs');
  renameSync(`${path}.part`, path);
  return path;
}

const stamp = (epoch: number) => new Date(epoch).toISOString().slice(0, 19).replace('T', ' ');

/** A current-format Qualtrics export of 1M responses (about 150 MB). */
export function qualtricsExport(): Promise<string> {
  const next = random(77);
  function* lines() {
    yield 'StartDate,EndDate,Status,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,DistributionChannel,UserLanguage,Q1,Q2,Region';
    yield 'Start Date,End Date,Response Type,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Distribution Channel,User Language,How likely are you to recommend us?,What is the main reason for your score?,Region';
    yield [
      'startDate',
      'endDate',
      'status',
      'progress',
      'duration',
      'finished',
      'recordedDate',
      '_recordId',
      'distributionChannel',
      'userLanguage',
      'QID1',
      'QID2_TEXT',
      'Region',
    ]
      .map((id) => `"{""ImportId"":""${id}""}"`)
      .join(',');
    const start = Date.UTC(2023, 0, 1);
    for (let row = 0; row < 1_000_000; row++) {
      const at = start + Math.floor(next() * 3 * 365 * 86_400_000);
      const score = Math.floor(next() * 11);
      const status = next() < 0.01 ? '1' : '0';
      yield `${stamp(at - 120_000)},${stamp(at)},${status},100,120,1,${stamp(at)},R_${row.toString(36)},anonymous,EN,${score},"Quick, friendly, ""on time""",${['North', 'South', 'East', 'West'][row % 4]}`;
    }
  }
  return writeLines(join(tmpdir(), 'cxkit-bench-qualtrics-1m.csv'), lines());
}

/** An XES log of 1M events: 200,000 tickets of five events, each with a resource (about 200 MB). */
export function xesLog(): Promise<string> {
  const next = random(99);
  const activities = ['Ticket opened', 'Assign seriousness', 'Take in charge ticket', 'Resolve ticket', 'Closed'];
  function* lines() {
    yield '<?xml version="1.0" encoding="UTF-8"?>';
    yield '<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">';
    yield '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>';
    yield '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>';
    const start = Date.UTC(2023, 0, 1);
    for (let ticket = 0; ticket < 200_000; ticket++) {
      yield `  <trace>\n    <string key="concept:name" value="T-${ticket}"/>`;
      let at = start + Math.floor(next() * 3 * 365 * 86_400_000);
      for (const activity of activities) {
        yield `    <event>\n      <string key="concept:name" value="${activity}"/>\n      <date key="time:timestamp" value="${new Date(at).toISOString().slice(0, 23)}+01:00"/>\n      <string key="org:resource" value="Agent ${ticket % 40}"/>\n    </event>`;
        at += Math.floor(next() * 3 * 86_400_000);
      }
      yield '  </trace>';
    }
    yield '</log>';
  }
  return writeLines(join(tmpdir(), 'cxkit-bench-xes-1m.xes'), lines());
}

/** The growth of the heap's peak while an async task runs (sampled; garbage collection can hide part of it). */
export async function peakHeapGrowth(task: () => Promise<unknown>): Promise<string> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  await task();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  return `${((peak - before) / 1_048_576).toFixed(0)} MB`;
}
