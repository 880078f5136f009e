import { vi } from 'vitest';

/** A file the app offered for download. */
export interface Download {
  name: string;
  blob: Blob;
  text: Promise<string>;
}

/**
 * Records the files the app offers for download, as the user's browser would save them (jsdom has
 * no object URLs and downloads nothing). Call in beforeEach; the returned list fills as the test runs.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob, text: blob.text() });
  });
  return downloads;
}

/** Takes back what captureDownloads installed on URL (call in afterEach). */
export function releaseDownloads(): void {
  delete (URL as { createObjectURL?: unknown }).createObjectURL;
  delete (URL as { revokeObjectURL?: unknown }).revokeObjectURL;
}
