// The Chromium the tests and the benchmark drive, and its flags; run directly, it fails early,
// with the fix, when there is no Chromium to drive.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every headless run here uses (tests, benchmark): as root, on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

if (process.argv[1] === fileURLToPath(import.meta.url) && !existsSync(CHROMIUM)) {
  console.error(
    `No Chromium at ${CHROMIUM}. The end-to-end tests drive the system Chromium:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
