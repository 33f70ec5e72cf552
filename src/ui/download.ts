/** Offers text as a file to save, under the given file name. */
export function downloadFile(name: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Offers text as a CSV file to save, under the given file name, with a byte-order mark so Excel reads it as UTF-8. */
export function downloadCsv(name: string, csv: string): void {
  downloadFile(name, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}

/**
 * A file name made of its parts (what it is, then every filter that shaped it, then the date), each in lower case
 * with runs of anything but letters and digits as one hyphen; empty parts are left out. Two exports made with
 * different filters never share a name.
 */
export function fileName(parts: readonly (string | undefined)[], extension: 'csv' | 'json'): string {
  const slugs = parts.map((p) =>
    (p ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase(),
  );
  return `${slugs.filter(Boolean).join('-')}.${extension}`;
}
