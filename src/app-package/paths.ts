import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's appPackage/ folder, found by walking up from this file: the code runs from src/ under jest
 * and from dist/src/ after a build, and the folder is not copied into dist/.
 */
export function appPackageDir(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'appPackage', 'manifest.json'))) return join(dir, 'appPackage');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`appPackage/manifest.json not found above ${__dirname}`);
    dir = parent;
  }
}
