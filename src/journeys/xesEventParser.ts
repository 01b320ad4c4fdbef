import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { InstantReader } from '../core/periods/instantReader';
import type { AttributeValue } from './EventLog';
import { describeText, type EventLogBuilder, lifecycleName } from './eventLogBuilder';

const attributeElements = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);

interface PendingEvent {
  readonly line: number;
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
  readonly attributes: Array<string | AttributeValue>;
  readonly events: PendingEvent[];
}

type Frame = 'log' | 'trace' | 'event' | 'attribute' | 'ignored';

/**
 * @internal Reads XES (IEEE 1849) text chunk by chunk with saxes, a strict streaming XML
 * parser: a trace's `concept:name` is the case, an event's `concept:name` the activity,
 * `time:timestamp` the time, `lifecycle:transition` part of the event's name; every other
 * attribute is kept by key, typed as XES types it; attributes nested in attributes (and
 * lists, containers) are counted. Events are held per trace (a trace may name itself
 * after its events) and added when the trace closes. Malformed XML stops the read with
 * the line and column saxes gives.
 */
export function createXesParser(builder: EventLogBuilder, readInstant: InstantReader) {
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

  const closeTrace = (closing: PendingTrace) => {
    if (closing.events.length === 0) return;
    if (closing.name === undefined) {
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
    const caseNumber = builder.caseNumber(closing.name, closing.line, undefined, 'concept:name');
    if (caseNumber < 0) return;
    const traceAttributes = closing.attributes;
    for (let position = 0; position < traceAttributes.length; position += 2) {
      builder.setCaseAttribute(
        caseNumber,
        traceAttributes[position] as string,
        traceAttributes[position + 1] as AttributeValue,
      );
    }
    for (const pending of closing.events) {
      if (pending.activity === undefined) {
        builder.setAsideEvent('no-activity', pending.line, undefined, 'concept:name', 'the event has no concept:name');
        continue;
      }
      if (pending.time === undefined) {
        builder.setAsideEvent('no-time', pending.line, undefined, 'time:timestamp', 'the event has no time:timestamp');
        continue;
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
        continue;
      }
      const eventNumber = builder.eventNumber(
        lifecycleName(pending.activity, pending.transition),
        pending.line,
        undefined,
        'concept:name',
      );
      if (eventNumber < 0) continue;
      const index = builder.addEvent(caseNumber, eventNumber, at, pending.line);
      const attributes = pending.attributes;
      for (let position = 0; position < attributes.length; position += 2) {
        builder.setAttribute(index, attributes[position] as string, attributes[position + 1] as AttributeValue);
      }
    }
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
      trace = { line: parser.line, name: undefined, attributes: [], events: [] };
      frames.push('trace');
      return;
    }
    if (name === 'event' && (parent === 'trace' || parent === 'log')) {
      event = {
        line: parser.line,
        activity: undefined,
        transition: undefined,
        time: undefined,
        timeLine: parser.line,
        attributes: [],
      };
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
      else event.attributes.push(key, typed(name, text));
    } else if (parent === 'trace' && trace !== undefined) {
      if (key === 'concept:name') trace.name = text;
      else trace.attributes.push(key, typed(name, text));
    } else if (parent === 'log') builder.logAttributes[key] = typed(name, text);
  });

  parser.on('closetag', () => {
    const frame = frames.pop();
    if (frame === 'event' && event !== undefined) {
      const closing = event;
      event = undefined;
      if (frames[frames.length - 1] === 'trace' && trace !== undefined) trace.events.push(closing);
      else builder.setAsideEvent('no-case', closing.line, undefined, 'trace', 'the event is outside any trace');
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
