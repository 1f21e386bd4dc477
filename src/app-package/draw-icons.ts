import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from './icons';
import { appPackageDir } from './paths';

/** Redraws appPackage/color.png and outline.png: `npm run build && node dist/src/app-package/draw-icons.js`. */
function main(): void {
  const dir = appPackageDir();
  writeFileSync(join(dir, 'color.png'), colorIcon());
  writeFileSync(join(dir, 'outline.png'), outlineIcon());
  process.stdout.write(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}\n`);
}

if (require.main === module) main();
