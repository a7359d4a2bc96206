// Fails early, with the fix, when the end-to-end tests have no Chromium to drive.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (process.argv[1] === fileURLToPath(import.meta.url) && !existsSync(CHROMIUM)) {
  console.error(
    `No Chromium at ${CHROMIUM}. The end-to-end tests drive the system Chromium:\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
