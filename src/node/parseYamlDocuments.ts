/// <reference types="node" />
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import type { PropertyPath } from '../core/errors/PropertyPath';

/** How many times a document's aliases may be expanded: plenty for shared anchors, far from a bomb. */
const maxAliasCount = 100;

/** @internal One document of a YAML (or JSON) file: its value, where it starts, and path → position. */
export interface ParsedYamlDocument {
  readonly value: unknown;
  readonly line: number;
  readonly locate: (path: PropertyPath) => { line: number; column: number } | undefined;
}

/** @internal A syntax error with its position. */
export interface YamlSyntaxError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * @internal Parses every document of a YAML file (JSON is YAML 1.2 too, so JSON files
 * use the same parser and get the same positions). `locate` walks the document's nodes
 * along a path and returns where the deepest node that exists starts — a map entry's
 * key, a sequence item — so that a problem with a missing or misspelled field still points
 * at the object it belongs in.
 */
export function parseYamlDocuments(text: string): { documents: ParsedYamlDocument[]; errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const all = Array.isArray(parsed) ? parsed : [];
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors: YamlSyntaxError[] = [];
  const documents: ParsedYamlDocument[] = [];
  for (const document of all) {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = error.linePos?.[0];
        // yaml's first line ends "at line 5, column 1:" before a code excerpt; the line and
        // column are reported as fields, so the sentence ends where the problem is told.
        const first = error.message.split('\n')[0] ?? error.message;
        const message = first.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
        errors.push(at === undefined ? { message } : { message, line: at.line, column: at.col });
      }
      continue;
    }
    const contents = document.contents;
    if (contents === null) continue;
    const locate = (path: PropertyPath) => {
      let node: Node | null = contents as Node;
      let found = node.range === undefined || node.range === null ? undefined : position(node.range[0]);
      for (const part of path) {
        let next: Node | null = null;
        let at: number | undefined;
        if (isMap(node)) {
          const pair: unknown = node.items.find(
            (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part),
          );
          if (isPair(pair)) {
            next = (pair.value as Node | null) ?? null;
            at = (pair.key as Node).range?.[0];
          }
        } else if (isSeq(node) && typeof part === 'number') {
          const item = node.items[part] as Node | undefined;
          if (item !== undefined) {
            next = item;
            at = item.range?.[0];
          }
        }
        if (at === undefined) break;
        found = position(at);
        if (next === null) break;
        node = next;
      }
      return found;
    };
    const start =
      contents.range === undefined || contents.range === null ? { line: 1, column: 1 } : position(contents.range[0]);
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount });
    } catch (error) {
      // An alias bomb (aliases of aliases, each doubling the document) is refused where the document starts.
      const excessive = error instanceof Error && /alias/i.test(error.message);
      errors.push({
        message: excessive
          ? `the document expands its aliases (*name) more than ${maxAliasCount} times, as a YAML "billion laughs" does; write the values out instead`
          : `the document cannot be read (${error instanceof Error ? error.message : String(error)})`,
        ...start,
      });
      continue;
    }
    documents.push({ value, line: start.line, locate });
  }
  return { documents, errors };
}
