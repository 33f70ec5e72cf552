import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { toCsv } from './csv';

const cellOf = (text: string) => Papa.parse<string[]>(toCsv([{ Cell: text }]), { delimiter: ',' }).data[1]?.[0];

// Issue 10 ("Nothing leaks out of the page"): CSV cells that start like a formula are neutralised, multi-line ones too.
describe('CSV cells', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://x.test","click")\nsecond line', '\'=HYPERLINK("http://x.test","click")\nsecond line'],
    ['+44 20 7946 0000\r\nnext', "'+44 20 7946 0000\r\nnext"],
    ['-2+3\n', "'-2+3\n"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['  =1+1', "'  =1+1"],
    ["\n=cmd|' /C calc'!A0", "'\n=cmd|' /C calc'!A0"],
    ['Seen alone, said "all fine", then =no', 'Seen alone, said "all fine", then =no'],
    ['Ní Bhriain’s plan, 3–4 visits', 'Ní Bhriain’s plan, 3–4 visits'],
    ['', ''],
    ['\u0000\t\t', '\u0000\t\t'],
  ])('%j is written so a spreadsheet shows %j', (text, shown) => {
    expect(cellOf(text)).toBe(shown);
  });

  it('never writes a cell starting like a formula, and gives back every other text as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cell = cellOf(text) ?? '';
        expect(/^[\t\r]|^\s*[=+\-@]/.test(cell)).toBe(false);
        expect(cell.startsWith("'") && cell.slice(1) === text ? true : cell === text).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
