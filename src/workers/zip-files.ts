// The one module that talks to fflate (zip). Only the Anki exporter worker loads it.

/** A zip archive of `files` (name → bytes). */
export async function zipFiles(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const { zipSync } = await import('fflate');
  return zipSync(files, { level: 6 });
}
