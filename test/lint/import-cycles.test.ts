// No import cycle anywhere in src/, counting type-only imports (`import type`), which eslint's import-x/no-cycle does
// not count: a cycle of types still ties modules together and keeps them from being read, tested or moved apart.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

type Graph = Map<string, string[]>;

/** Every module's imports (values, types, re-exports and dynamic imports), resolved to files of the graph. */
function importGraph(files: ReadonlyMap<string, string>, resolveImport: (spec: string, from: string) => string | undefined): Graph {
  const graph: Graph = new Map();
  for (const [file, text] of files) {
    const { importedFiles } = ts.preProcessFile(text, true, true);
    graph.set(
      file,
      importedFiles.map((i) => resolveImport(i.fileName, file)).filter((f): f is string => f !== undefined && files.has(f)),
    );
  }
  return graph;
}

/** The strongly connected components of more than one module (Tarjan), each sorted, as cycles to report. */
function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle made of type imports alone, so the check below can fail', () => {
    const files = new Map([
      ['/p/a.ts', "import type { B } from './b';\nexport interface A { b: B }\n"],
      ['/p/b.ts', "import { type A } from './a';\nexport interface B { a?: A }\n"],
      ['/p/c.ts', "import type { A } from './a';\nexport type C = A;\n"],
    ]);
    const resolveLocal = (spec: string, from: string) => `${resolve(dirname(from), spec)}.ts`;
    expect(cycles(importGraph(files, resolveLocal))).toEqual([['/p/a.ts', '/p/b.ts']]);
  });

  it('finds none in src/, type imports included', () => {
    const root = process.cwd();
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p)).config, ts.sys, root);
    const sources = config.fileNames.filter((f) => f.startsWith(join(root, 'src')) && !/\.test\.tsx?$/.test(f));
    expect(sources.length).toBeGreaterThan(100);
    const files = new Map(sources.map((f) => [resolve(f), readFileSync(f, 'utf8')]));
    const host = ts.createCompilerHost(config.options);
    const resolveImport = (spec: string, from: string) => {
      const resolved = ts.resolveModuleName(spec, from, config.options, host).resolvedModule?.resolvedFileName;
      return resolved ? resolve(resolved) : undefined;
    };
    expect(cycles(importGraph(files, resolveImport)).map((c) => c.map((f) => f.slice(root.length + 1)))).toEqual([]);
  });
});
