import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { InstantReader } from '../core/periods/instantReader';
import type { AttributeValue } from './EventLog';
import { describeText, type EventLogBuilder, lifecycleName } from './eventLogBuilder';
import { isEventName } from './eventName';

const attributeElements = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

interface PendingEvent {
  line: number;
  activity: string | undefined;
  transition: string | undefined;
  time: string | undefined;
  timeLine: number;
  /** Keys and values, alternating (one array per event, not one per attribute). */
  readonly attributes: Array<string | AttributeValue>;
}

interface PendingTrace {
  readonly line: number;
  name: string | undefined;
  /** Whether the name is a usable case id, so that events can go in as they close. */
  named: boolean;
  /** The case's number once an event has gone in under the name; -1 when the id was set aside. */
  caseNumber: number | undefined;
  /** Case attributes read before the case was opened. */
  readonly attributes: Array<string | AttributeValue>;
  /** Events read before the trace named itself. */
  readonly events: PendingEvent[];
}

type Frame = 'log' | 'trace' | 'event' | 'attribute' | 'ignored';

/**
 * @internal Reads XES (IEEE 1849) text chunk by chunk with saxes, a strict streaming XML
 * parser: a trace's `concept:name` is the case, an event's `concept:name` the activity,
 * `time:timestamp` the time, `lifecycle:transition` part of the event's name; every other
 * attribute is kept by key, typed as XES types it; attributes nested in attributes (and
 * lists, containers) are counted. An event is added as it closes when its trace has
 * named itself; a trace may name itself after its events, so until then its events are
 * held and added when the trace closes. Without `keepAttributes` the other attributes
 * are skipped as they are read, not collected and dropped. Malformed XML stops the read
 * with the line and column saxes gives.
 */
export function createXesParser(builder: EventLogBuilder, readInstant: InstantReader, keepAttributes: boolean) {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const frames: Frame[] = [];
  let trace: PendingTrace | undefined;
  let event: PendingEvent | undefined;
  let sawRoot = false;

  const typed = (type: string, text: string): AttributeValue => {
    if (type === 'int' || type === 'float') {
      const number = Number(text);
      return text.trim() !== '' && Number.isFinite(number) ? number : builder.intern(text);
    }
    if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : builder.intern(text);
    if (type === 'date') {
      const epoch = readInstant(text);
      return Number.isNaN(epoch) ? builder.intern(text) : epoch;
    }
    return builder.intern(text);
  };

  const setCaseAttributes = (caseNumber: number, attributes: Array<string | AttributeValue>) => {
    for (let position = 0; position < attributes.length; position += 2) {
      builder.setCaseAttribute(caseNumber, attributes[position] as string, attributes[position + 1] as AttributeValue);
    }
  };

  // The case of a trace that has named itself: its number, with the attributes read so far.
  const openCase = (named: PendingTrace, name: string, events: number): number => {
    const caseNumber = builder.caseNumber(name, named.line, undefined, 'concept:name', events);
    named.caseNumber = caseNumber;
    if (caseNumber >= 0) setCaseAttributes(caseNumber, named.attributes);
    named.attributes.length = 0;
    return caseNumber;
  };

  const addEvent = (caseNumber: number, pending: PendingEvent) => {
    if (pending.activity === undefined) {
      builder.setAsideEvent('no-activity', pending.line, undefined, 'concept:name', 'the event has no concept:name');
      return;
    }
    if (pending.time === undefined) {
      builder.setAsideEvent('no-time', pending.line, undefined, 'time:timestamp', 'the event has no time:timestamp');
      return;
    }
    const at = readInstant(pending.time);
    if (Number.isNaN(at)) {
      builder.setAsideEvent(
        'bad-time',
        pending.timeLine,
        undefined,
        'time:timestamp',
        `the time ${describeText(pending.time)} is not an ISO 8601 date-time`,
      );
      return;
    }
    const eventNumber = builder.eventNumber(
      lifecycleName(pending.activity, pending.transition),
      pending.line,
      undefined,
      'concept:name',
    );
    if (eventNumber < 0) return;
    const index = builder.addEvent(caseNumber, eventNumber, at);
    const attributes = pending.attributes;
    for (let position = 0; position < attributes.length; position += 2) {
      builder.setAttribute(index, attributes[position] as string, attributes[position + 1] as AttributeValue);
    }
  };

  const closeTrace = (closing: PendingTrace) => {
    if (closing.name === undefined) {
      if (closing.events.length === 0) return;
      builder.setAsideEvent(
        'no-case',
        closing.line,
        undefined,
        'concept:name',
        'the trace has no concept:name, so its events belong to no case',
        closing.events.length,
      );
      return;
    }
    // A trace without events adds no case.
    if (closing.caseNumber === undefined && closing.events.length === 0) return;
    const caseNumber = closing.caseNumber ?? openCase(closing, closing.name, closing.events.length);
    if (caseNumber < 0) return;
    setCaseAttributes(caseNumber, closing.attributes);
    for (const pending of closing.events) addEvent(caseNumber, pending);
  };

  // One event object, reused for every event of a trace that has already named itself;
  // an event read before its trace's name is held as an object of its own.
  const scratch: PendingEvent = {
    line: 0,
    activity: undefined,
    transition: undefined,
    time: undefined,
    timeLine: 0,
    attributes: [],
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    const parent = frames[frames.length - 1];
    if (parent === undefined) {
      if (name !== 'log') builder.fail(parser.line, undefined, `the root element is <${name}>, not <log>`);
      sawRoot = true;
      frames.push('log');
      return;
    }
    if (parent === 'ignored') {
      frames.push('ignored');
      return;
    }
    if (parent === 'attribute') {
      if (attributeElements.has(name)) builder.nestedAttributes++;
      frames.push(attributeElements.has(name) ? 'attribute' : 'ignored');
      return;
    }
    if (name === 'trace' && parent === 'log') {
      trace = { line: parser.line, name: undefined, named: false, caseNumber: undefined, attributes: [], events: [] };
      frames.push('trace');
      return;
    }
    if (name === 'event' && (parent === 'trace' || parent === 'log')) {
      const line = parser.line;
      if (parent === 'trace' && trace !== undefined && trace.events.length === 0 && trace.named) {
        scratch.line = line;
        scratch.activity = undefined;
        scratch.transition = undefined;
        scratch.time = undefined;
        scratch.timeLine = line;
        scratch.attributes.length = 0;
        event = scratch;
      } else {
        event = { line, activity: undefined, transition: undefined, time: undefined, timeLine: line, attributes: [] };
      }
      frames.push('event');
      return;
    }
    if (!attributeElements.has(name)) {
      // Extensions, globals, classifiers: declarations, not data.
      frames.push('ignored');
      return;
    }
    frames.push('attribute');
    const key = tag.attributes.key;
    if (key === undefined) builder.fail(parser.line, undefined, `a <${name}> attribute has no key`);
    if (name === 'list' || name === 'container') {
      builder.nestedAttributes++;
      return;
    }
    const text = tag.attributes.value ?? '';
    if (parent === 'event' && event !== undefined) {
      if (key === 'concept:name') event.activity = text;
      else if (key === 'time:timestamp') {
        event.time = text;
        event.timeLine = parser.line;
      } else if (key === 'lifecycle:transition') event.transition = text;
      else if (keepAttributes) event.attributes.push(key, typed(name, text));
    } else if (parent === 'trace' && trace !== undefined) {
      if (key === 'concept:name') {
        if (trace.caseNumber !== undefined && text !== trace.name) {
          builder.fail(
            parser.line,
            undefined,
            `the trace names itself ${describeText(text)} after its events went in as ${describeText(trace.name ?? '')}`,
          );
        }
        trace.name = text;
        trace.named = isEventName(text);
      } else if (keepAttributes) {
        const value = typed(name, text);
        if (trace.caseNumber === undefined) trace.attributes.push(key, value);
        else if (trace.caseNumber >= 0) builder.setCaseAttribute(trace.caseNumber, key, value);
      }
    } else if (parent === 'log' && keepAttributes) builder.logAttributes[key] = typed(name, text);
  });

  parser.on('closetag', () => {
    const frame = frames.pop();
    if (frame === 'event' && event !== undefined) {
      const closing = event;
      event = undefined;
      if (frames[frames.length - 1] !== 'trace' || trace === undefined) {
        builder.setAsideEvent('no-case', closing.line, undefined, 'trace', 'the event is outside any trace');
      } else if (closing === scratch && trace.name !== undefined) {
        // The trace has named itself, so the event goes in now, under its case.
        const caseNumber = trace.caseNumber ?? openCase(trace, trace.name, 1);
        if (caseNumber >= 0) addEvent(caseNumber, closing);
      } else trace.events.push(closing);
    } else if (frame === 'trace' && trace !== undefined) {
      const closing = trace;
      trace = undefined;
      closeTrace(closing);
    }
  });

  parser.on('error', (error: Error) => {
    // saxes prefixes its message with "line:column: "; the place is given separately.
    builder.fail(parser.line, parser.column + 1, error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, ''));
  });

  return {
    write(chunk: string): void {
      parser.write(chunk);
    },
    end(): void {
      parser.close();
      if (!sawRoot) builder.fail(undefined, undefined, 'the file has no <log> element');
    },
  };
}
