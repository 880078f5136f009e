/** Offers `content` (text or bytes) as a file download (Blob + object URL): nothing leaves the browser. */
export function downloadText(fileName: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has been handled, so the browser has started reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
