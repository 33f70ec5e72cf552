/** Offers text as a file to save, under the given file name. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** Offers text as a CSV file to save, under the given file name, with a byte-order mark so Excel reads it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
