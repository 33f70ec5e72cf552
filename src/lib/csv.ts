// CSV for spreadsheets. Free text a spreadsheet could take for a formula is neutralised, and the file starts with a
// byte-order mark so that Excel reads it as UTF-8.
import Papa from 'papaparse';

/**
 * A cell a spreadsheet could run as a formula: one that starts with =, +, - or @ (after any white space, line breaks
 * included), or with a tab or carriage return, whatever follows. papaparse's own pattern stops at the first line
 * break, so a multi-line cell starting with "=" would be written raw.
 */
export const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** Rows as CSV text: a header row from the first row's keys, and formula-like cells prefixed with an apostrophe. */
export function toCsv(rows: readonly object[]): string {
  return Papa.unparse([...rows], { escapeFormulae: FORMULA_START });
}
