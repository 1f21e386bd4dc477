import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// npm scripts put node_modules/.bin first on the PATH, where the `node` dev dependency keeps a Node 24 binary:
// the tests, the benches and `npm run dev` run on the supported runtime even where the machine has an older one.
describe('the runtime', () => {
  it('is Node.js 24 LTS', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('is what package.json asks for', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    expect(pkg.engines.node).toBe('>=24');
    expect(pkg.devDependencies['node']).toMatch(/^\^?24\./);
  });
});
