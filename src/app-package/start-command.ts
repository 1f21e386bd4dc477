import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * How production starts the bot: package.json's `start` script, `node <flags> dist/src/server.js`. The
 * dev runner and the bot benchmark start the server the same way, with the same Node flags (the heap
 * ceiling keeps memory flat), so those flags are written down once, in package.json.
 */
export interface StartCommand {
  readonly nodeFlags: readonly string[];
  /** Absolute path of the compiled server. */
  readonly server: string;
}

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'appPackage'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`project root not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export function startCommand(): StartCommand {
  const root = projectRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = (pkg.scripts?.['start'] ?? '').split(/\s+/).filter(Boolean);
  const script = words.find((w) => w.endsWith('.js'));
  if (words[0] !== 'node' || !script)
    throw new Error(`package.json "start" is not "node [flags] <server.js>": ${words.join(' ')}`);
  return {
    nodeFlags: words.slice(1, words.indexOf(script)).filter((w) => w.startsWith('--')),
    server: join(root, script),
  };
}
