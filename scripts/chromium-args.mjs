// Flags every Chromium start needs on these machines (closed network, no GPU, root): the browser
// tests, the bench and scripts/readme-screenshots.mjs all launch with these.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
