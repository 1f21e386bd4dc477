import AdmZip from 'adm-zip';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { buildPackage } from '../../../src/app-package/build-package';
import { colorIcon, outlineIcon } from '../../../src/app-package/icons';
import { bundledSchemaPath, manifestProblems } from '../../../src/app-package/manifest-schema';
import { fillManifest, placeholdersIn } from '../../../src/app-package/manifest-template';
import { appPackageDir } from '../../../src/app-package/paths';

const ENV = {
  TEAMS_APP_ID: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
  BOT_ID: '11111111-2222-3333-4444-555555555555',
  BOT_DOMAIN: 'acr-doctor.azurewebsites.net',
};
const VALUES = {
  TEAMS_APP_ID: ENV.TEAMS_APP_ID,
  BOT_ID: ENV.BOT_ID,
  BOT_DOMAIN: ENV.BOT_DOMAIN,
  AAD_APP_CLIENT_ID: ENV.BOT_ID,
};

const template = (): string => readFileSync(join(appPackageDir(), 'manifest.json'), 'utf8');

function filled(): Record<string, unknown> {
  const result = fillManifest(template(), VALUES);
  if (result.kind !== 'ok') throw new Error(result.problems.join('\n'));
  return result.manifest;
}

describe('the Teams app package', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'acr-doctor-package-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('is on the newest manifest schema @microsoft/app-manifest bundles, and valid against it offline', async () => {
    const manifest = filled();
    const bundled = readdirSync(join(bundledSchemaPath('1.0'), '..', '..'))
      .map((d) => /^v(\d+)\.(\d+)$/.exec(d))
      .flatMap((m) => (m ? [[Number(m[1]), Number(m[2])] as const] : []))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const newest = bundled.at(-1)!;
    expect(manifest['manifestVersion']).toBe(`${newest[0]}.${newest[1]}`);
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('is rejected by the schema when it is wrong (the check can fail)', async () => {
    const manifest = filled();
    expect(manifestProblems({ ...manifest, name: { short: 'x'.repeat(31) } })).not.toEqual([]);
    expect(manifestProblems({ ...manifest, id: 'not-a-guid' })).not.toEqual([]);
    expect(
      manifestProblems({
        ...manifest,
        $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
      }),
    ).not.toEqual([]);
  });

  it('declares the bot for personal, team and group chats, with its commands and SSO from the environment', () => {
    expect(placeholdersIn(template()).sort()).toEqual([
      'AAD_APP_CLIENT_ID',
      'BOT_DOMAIN',
      'BOT_ID',
      'TEAMS_APP_ID',
    ]);
    const manifest = filled() as {
      bots: Array<{
        botId: string;
        scopes: string[];
        commandLists: Array<{ commands: Array<{ title: string }> }>;
      }>;
      webApplicationInfo: unknown;
      validDomains: unknown;
    };
    expect(manifest.bots[0]?.botId).toBe(ENV.BOT_ID);
    expect(manifest.bots[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title)).toEqual([
      'help',
      'diagnose',
      'check',
    ]);
    expect(manifest.webApplicationInfo).toEqual({
      id: ENV.BOT_ID,
      resource: `api://${ENV.BOT_DOMAIN}/botid-${ENV.BOT_ID}`,
    });
    expect(manifest.validDomains).toEqual([ENV.BOT_DOMAIN]);
  });

  it('asks for resource-specific consent to read channel and group-chat messages, and offers the message action and files', () => {
    const manifest = filled() as {
      bots: Array<{
        supportsFiles: boolean;
        commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
      }>;
      composeExtensions: Array<{ botId: string; commands: Array<Record<string, unknown>> }>;
      authorization: { permissions: { resourceSpecific: Array<{ name: string; type: string }> } };
    };
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'ChannelMessage.Read.Group', type: 'Application' },
      { name: 'ChatMessage.Read.Chat', type: 'Application' },
    ]);
    expect(manifest.bots[0]?.supportsFiles).toBe(true);
    const shared = manifest.bots[0]?.commandLists.find((l) => l.scopes.includes('team'));
    expect(shared?.commands.map((c) => c.title)).toEqual(expect.arrayContaining(['quiet', 'listen']));
    expect(manifest.composeExtensions[0]?.botId).toBe(ENV.BOT_ID);
    expect(manifest.composeExtensions[0]?.commands[0]).toMatchObject({
      id: 'diagnoseMessage',
      type: 'action',
      title: 'Diagnose with ACR Doctor',
      context: ['message'],
      fetchTask: true,
    });
  });

  it('has a 192×192 colour icon and a 32×32 white outline icon on transparency, as drawn by the code', () => {
    const dir = appPackageDir();
    const color = PNG.sync.read(readFileSync(join(dir, 'color.png')));
    const outline = PNG.sync.read(readFileSync(join(dir, 'outline.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let notWhite = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) transparent++;
      else if (outline.data[i] !== 255 || outline.data[i + 1] !== 255 || outline.data[i + 2] !== 255)
        notWhite++;
    }
    expect(outline.data[3]).toBe(0);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(notWhite).toBe(0);
    let seeThrough = 0;
    for (let i = 3; i < color.data.length; i += 4) if (color.data[i] !== 255) seeThrough++;
    expect(seeThrough).toBe(0);
    expect(readFileSync(join(dir, 'color.png')).equals(colorIcon())).toBe(true);
    expect(readFileSync(join(dir, 'outline.png')).equals(outlineIcon())).toBe(true);
  });

  it('zips the filled manifest and the icons', async () => {
    cpSync(appPackageDir(), work, {
      recursive: true,
      filter: (src) => !src.includes(`${join(appPackageDir(), 'build')}`),
    });
    const result = await buildPackage(ENV, work);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.zipPath).toBe(join(work, 'build', 'appPackage.zip'));
    const zip = new AdmZip(result.zipPath);
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = zip.readAsText('manifest.json');
    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest).id).toBe(ENV.TEAMS_APP_ID);
  });

  it('names the environment variables it is missing', async () => {
    const result = await buildPackage({ BOT_ID: ENV.BOT_ID }, appPackageDir());
    expect(result).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/TEAMS_APP_ID[\s\S]*BOT_DOMAIN/),
    });
  });
});
