// The Anki exporter's module worker: sql.js, its WebAssembly and fflate load here, on request.
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { runApkgExport, type ApkgRequest } from './apkg-job';
import { loadSqlite } from './sqlite-database';
import { zipFiles } from './zip-files';

self.onmessage = (event: MessageEvent<ApkgRequest>) => {
  void runApkgExport(
    event.data,
    { sqlite: () => loadSqlite({ url: new URL(wasmUrl, self.location.href).href }), zip: zipFiles },
    (message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }),
  );
};
