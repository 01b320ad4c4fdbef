/**
 * Turns every `@example` in the source's doc comments and every ```ts block in the
 * guides into vitest tests, so that documentation cannot drift from the code.
 *
 * In an example, `expression // => value` asserts `expect(expression).toEqual(value)`;
 * a `// => value` line of its own asserts on the statement just before it; and
 * `expression // throws CxError CODE` asserts that it throws that error class with
 * that code. Imports are hoisted to the top of the generated file.
 *
 * It also fails when a public function or class has no `@example`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const outputFolder = join(root, 'test', 'examples', 'generated');

interface Example {
  readonly source: string;
  readonly line: number;
  readonly code: string;
  /** A guide block tagged `ts postgresql`: it needs the PostgreSQL server of the warehouse tests. */
  readonly needsPostgres?: boolean;
}

function walk(folder: string, keep: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'api' && name !== 'generated') found.push(...walk(path, keep));
    } else if (keep(path)) found.push(path);
  }
  return found.sort();
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The `@example` sections of every doc comment in a TypeScript file. */
function examplesInSource(path: string): { examples: Example[]; undocumented: string[] } {
  const text = readFileSync(path, 'utf8');
  const examples: Example[] = [];
  const undocumented: string[] = [];
  const commentPattern =
    /\/\*\*([\s\S]*?)\*\/\s*(export\s+(?:declare\s+)?(?:abstract\s+)?(function|class|const)\s+(\w+))?/g;
  for (const match of text.matchAll(commentPattern)) {
    const body = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    const isInternal = body.some((line) => line.includes('@internal'));
    let inExample = false;
    let current: string[] = [];
    let startLine = 0;
    const commentLine = lineOf(text, match.index ?? 0);
    const flush = () => {
      if (current.length > 0) examples.push({ source: path, line: startLine, code: current.join('\n') });
      current = [];
    };
    body.forEach((line, index) => {
      if (/^@\w+/.test(line.trim())) {
        flush();
        inExample = line.trim().startsWith('@example');
        startLine = commentLine + index + 1;
        return;
      }
      if (inExample) current.push(line);
    });
    flush();
    const kind = match[3];
    const name = match[4];
    const hasExample = body.some((line) => line.trim().startsWith('@example'));
    if ((kind === 'function' || kind === 'class') && name !== undefined && !isInternal && !hasExample) {
      undocumented.push(`${relative(root, path)}: ${kind} ${name} has no @example`);
    }
  }
  return { examples, undocumented };
}

/**
 * The runnable ```ts blocks of a Markdown guide (a block tagged `ts no-run` is skipped;
 * one tagged `ts postgresql` runs where the warehouse tests have a PostgreSQL server).
 */
function examplesInMarkdown(path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const examples: Example[] = [];
  for (const match of text.matchAll(/```(ts|typescript)([^\n]*)\n([\s\S]*?)```/g)) {
    const tags = match[2] ?? '';
    if (tags.includes('no-run')) continue;
    examples.push({
      source: path,
      line: lineOf(text, match.index ?? 0) + 1,
      code: match[3] ?? '',
      needsPostgres: /\bpostgresql\b/.test(tags),
    });
  }
  return examples;
}

function bracketBalance(line: string): number {
  // Strings and comments rarely hold brackets in examples; strip the simple cases.
  const code = line.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
  let balance = 0;
  for (const character of code) {
    if ('([{'.includes(character)) balance++;
    else if (')]}'.includes(character)) balance--;
  }
  return balance;
}

function assertion(expression: string, comment: string): string {
  const trimmed = expression.trim().replace(/;$/, '');
  const throwsMatch = /^throws\s+(\w+)\s+(\w+)\s*$/.exec(comment.trim());
  if (throwsMatch !== null) {
    return `expectToThrow(() => ${trimmed}, ${JSON.stringify(throwsMatch[1])}, ${JSON.stringify(throwsMatch[2])});`;
  }
  const value = comment.trim().replace(/^=>\s*/, '');
  return `expect(${trimmed}).toEqual(${value});`;
}

/**
 * Rewrites one example's body into test statements; returns hoisted imports apart.
 * Works at any block depth: each line remembers the bracket depth it starts at, so a
 * statement's first line is the latest line that starts at the depth the statement ends at.
 */
function transform(code: string, where: string): { imports: string[]; body: string[] } {
  const imports: string[] = [];
  const body: string[] = [];
  const depthBefore: number[] = [];
  let depth = 0;
  const statementStart = (endDepth: number): number => {
    for (let index = body.length - 1; index >= 0; index--) {
      if (depthBefore[index] === endDepth && body[index]?.trim() !== '') return index;
    }
    throw new Error(`${where}: cannot find the statement an assertion refers to`);
  };
  const replaceFrom = (first: number, text: string) => {
    const indent = /^\s*/.exec(body[first] ?? '')?.[0] ?? '';
    const startDepth = depthBefore[first] as number;
    body.splice(first);
    depthBefore.splice(first);
    body.push(indent + text);
    depthBefore.push(startDepth);
  };
  for (const line of code.split('\n')) {
    if (/^\s*import\s/.test(line)) {
      imports.push(line.trim());
      continue;
    }
    const alone = /^\s*\/\/\s*(=>.*|throws\s.*)$/.exec(line);
    if (alone !== null) {
      const first = statementStart(depth);
      const text = body.slice(first).join('\n');
      replaceFrom(first, assertion(text, alone[1] as string));
      continue;
    }
    const inline = /^(.*?)\s*\/\/\s*(=>.*|throws\s+\w+\s+\w+)\s*$/.exec(line);
    const lineDepth = depth;
    depth += bracketBalance(line);
    if (inline === null) {
      if (/\/\/\s*=>/.test(line)) throw new Error(`${where}: an assertion this script cannot read: ${line}`);
      body.push(line);
      depthBefore.push(lineDepth);
      continue;
    }
    body.push(inline[1] as string);
    depthBefore.push(lineDepth);
    const first = lineDepth === depth ? body.length - 1 : statementStart(depth);
    const text = body.slice(first).join('\n');
    replaceFrom(first, assertion(text, inline[2] as string));
  }
  if (depth !== 0) throw new Error(`${where}: unbalanced brackets`);
  return { imports, body };
}

function generate(): void {
  rmSync(outputFolder, { recursive: true, force: true });
  const sources = walk(join(root, 'src'), (path) => path.endsWith('.ts'));
  const guides = [join(root, 'README.md'), ...walk(join(root, 'docs'), (path) => path.endsWith('.md'))];
  const bySource = new Map<string, Example[]>();
  const undocumented: string[] = [];
  for (const path of sources) {
    const found = examplesInSource(path);
    undocumented.push(...found.undocumented);
    if (found.examples.length > 0) bySource.set(path, found.examples);
  }
  for (const path of guides) {
    const found = examplesInMarkdown(path);
    if (found.length > 0) bySource.set(path, found);
  }
  let count = 0;
  for (const [source, examples] of bySource) {
    const imports = new Set<string>();
    // Examples in one file often import the same names: merge named imports per module.
    const named = new Map<string, Set<string>>();
    const tests: string[] = [];
    for (const example of examples) {
      const { imports: exampleImports, body } = transform(
        example.code,
        `${relative(root, example.source)}:${example.line}`,
      );
      for (const line of exampleImports) {
        const match = /^import\s*\{([^}]*)\}\s*from\s*(['"][^'"]+['"]);?$/.exec(line);
        if (match === null) {
          imports.add(line);
          continue;
        }
        const names = named.get(match[2] as string) ?? new Set<string>();
        for (const name of (match[1] as string).split(',')) if (name.trim() !== '') names.add(name.trim());
        named.set(match[2] as string, names);
      }
      // Skipped (as the warehouse tests are) where there is no server, unless one is required.
      const runner = example.needsPostgres
        ? "it.skipIf(inject('postgresUrl') === '' && process.env.CXKIT_POSTGRES !== 'required')"
        : 'it';
      tests.push(
        `  ${runner}(${JSON.stringify(`example at line ${example.line}`)}, async () => {\n${body
          .map((line) => (line === '' ? '' : `    ${line}`))
          .join('\n')}\n  });`,
      );
      count++;
    }
    const name = relative(root, source);
    const target = join(outputFolder, `${name.replace(/[\\/]/g, '__').replace(/\.(ts|md)$/, '')}.test.ts`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(
      target,
      `// Generated by scripts/extractExamples.ts from ${name}; do not edit.\n` +
        `import { describe, expect, inject, it } from 'vitest';\n` +
        `import { expectToThrow } from '../expectToThrow';\n` +
        `${[...imports, ...[...named].map(([module, names]) => `import { ${[...names].join(', ')} } from ${module};`)].join('\n')}\n\n` +
        `describe(${JSON.stringify(`examples in ${name}`)}, () => {\n${tests.join('\n\n')}\n});\n`,
    );
  }
  if (undocumented.length > 0) {
    console.error(`Every public function and class needs a runnable @example:\n  ${undocumented.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`examples: ${count} extracted from ${bySource.size} files into ${relative(root, outputFolder)}`);
}

generate();
