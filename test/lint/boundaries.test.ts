// @vitest-environment node
// The layer boundaries are lint rules (eslint.config.js). Each forbidden direction is shown failing here, with an
// import that is allowed beside it, so the rules cannot silently stop applying.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rules that fire when `code` stands at `filePath`. */
async function rulesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['the domain reaching the clock in lib', 'src/domain/probe.ts', "import { nowInstant } from '@/lib/clock';\nexport const at = nowInstant;\n"],
    ['the domain reaching storage', 'src/domain/probe.ts', "import { db } from '../storage/db';\nexport const d = db;\n"],
    ['the domain importing zod', 'src/domain/probe.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['ui importing storage', 'src/ui/probe.ts', "import { getAudit } from '@/storage/read';\nexport const read = getAudit;\n"],
    ['ui importing the hooks over storage', 'src/ui/probe.ts', "import { useAudit } from '@/data/live';\nexport const hook = useAudit;\n"],
    ['ui importing a feature', 'src/ui/probe.ts', "import { HomePage } from '@/features/home/home-page';\nexport const page = HomePage;\n"],
    ['storage importing a feature', 'src/storage/probe.ts', "import { HomePage } from '@/features/home/home-page';\nexport const page = HomePage;\n"],
    ['storage importing React', 'src/storage/probe.ts', "import { useState } from 'react';\nexport const hook = useState;\n"],
    ['storage importing live queries', 'src/storage/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const hook = useLiveQuery;\n"],
    ['the hooks importing a feature', 'src/data/probe.ts', "import { HomePage } from '@/features/home/home-page';\nexport const page = HomePage;\n"],
    [
      'a feature importing another feature',
      'src/features/home/probe.ts',
      "import { ActionPage } from '@/features/actions/action-page';\nexport const page = ActionPage;\n",
    ],
    ['a feature importing Dexie', 'src/features/home/probe.ts', "import { Dexie } from 'dexie';\nexport const D = Dexie;\n"],
    ['lib importing storage', 'src/lib/probe.ts', "import { db } from '@/storage/db';\nexport const d = db;\n"],
  ])('refuses %s', async (_what, filePath, code) => {
    expect(await rulesFor(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['crypto.randomUUID()', 'export const id = crypto.randomUUID();\n', 'no-restricted-globals'],
    ['globalThis.crypto', 'export const id = globalThis.crypto.randomUUID();\n', 'no-restricted-globals'],
    ['performance.now()', 'export const t = performance.now();\n', 'no-restricted-globals'],
    ['Date.now()', 'export const t = Date.now();\n', 'no-restricted-syntax'],
    ['new Date()', 'export const t = new Date();\n', 'no-restricted-syntax'],
    ['Date()', 'export const t = Date();\n', 'no-restricted-syntax'],
    ['Math.random()', 'export const r = Math.random();\n', 'no-restricted-syntax'],
    ['setTimeout', 'setTimeout(() => undefined, 1);\n', 'no-restricted-globals'],
  ])('keeps %s out of the pure core', async (_what, code, rule) => {
    expect(await rulesFor('src/domain/probe.ts', code)).toContain(rule);
  });

  it('allows each layer what it may use', async () => {
    expect(await rulesFor('src/domain/probe.ts', "import { addDays } from './calendar/iso-date';\nexport const next = addDays('2025-01-01', 1);\n")).toEqual(
      [],
    );
    expect(await rulesFor('src/ui/probe.ts', "import { formatLongDate } from '@/domain/calendar/iso-date';\nexport const f = formatLongDate;\n")).toEqual([]);
    expect(
      await rulesFor(
        'src/features/home/probe.ts',
        "import { useAudit } from '@/data/live';\nimport { writeAudit } from '@/storage/write';\nexport const both = [useAudit, writeAudit];\n",
      ),
    ).toEqual([]);
    expect(await rulesFor('src/data/probe.ts', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const hook = useLiveQuery;\n")).toEqual([]);
  });
});

describe('import cycles', () => {
  it('refuses a module that imports one that imports it back', async () => {
    // completeness.ts imports grade.ts; grade.ts importing completeness.ts would close a cycle.
    const code = "import { sectionProblems } from './completeness';\nexport const check = sectionProblems;\n";
    expect(await rulesFor('src/domain/grade.ts', code)).toContain('import-x/no-cycle');
    expect(await rulesFor('src/domain/probe.ts', code)).not.toContain('import-x/no-cycle');
  });
});

describe('text shown as text', () => {
  it('refuses rendering a string as HTML, and allows showing it as text', async () => {
    const html = 'export const Shown = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;\n';
    const text = 'export const Shown = ({ text }: { text: string }) => <p>{text}</p>;\n';
    const assigned = 'export function show(el: HTMLElement, text: string) {\n  el.innerHTML = text;\n}\n';
    expect(await rulesFor('src/features/home/probe.tsx', html)).toContain('no-restricted-syntax');
    expect(await rulesFor('src/ui/probe.tsx', assigned)).toContain('no-restricted-syntax');
    expect(await rulesFor('src/features/home/probe.tsx', text)).toEqual([]);
  });
});
