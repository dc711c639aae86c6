// Owns the context menu's way to the system clipboard: a menu click is no clipboard event, so the data a copy
// event would carry is written, and the text a paste event would carry is read, through navigator.clipboard.

/** Writes every type `fill` puts on a DataTransfer (text/plain and text/html) as one clipboard item. */
export async function writeClipboard(fill: (data: DataTransfer) => void): Promise<void> {
  const data = new DataTransfer();
  fill(data);
  const parts: Record<string, Blob> = {};
  for (const type of data.types) parts[type] = new Blob([data.getData(type)], { type });
  await navigator.clipboard.write([new ClipboardItem(parts)]);
}

/** The clipboard's text/plain; empty when the browser refuses to read it (the paste then places nothing). */
export async function readClipboardText(): Promise<string> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    return '';
  }
}
