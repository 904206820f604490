// A file handed to the browser as a download (the browser build; the desktop app uses its save dialog instead).
// One helper for every export: results files, save copies, class views, CSVs.
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns: keep the URL alive a little.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
