import { diagnose } from '../../../src/diagnosis';

/**
 * Docker Swarm's manager warns when it cannot resolve a service's image to a digest (moby
 * daemon/cluster/services.go); for a private registry that is the login not forwarded to the swarm.
 */
const warning = (image: string) =>
  `image ${image} could not be accessed on a registry to record\nits digest. Each node will access ${image} independently,\npossibly leading to different nodes running different\nversions of the image.`;

describe("Swarm's digest warning", () => {
  it('reads an ACR image as the registry login not forwarded', () => {
    const d = diagnose(
      `$ docker stack deploy -c stack.yml shop\n${warning('northwind.azurecr.io/shop/web:7')}`,
    );
    expect(d.causes[0]?.id).toBe('swarm-registry-auth-not-forwarded');
    expect(d.verdict).toBe('acr');
    expect(d.causes[0]?.fix.some((f) => f.command?.includes('--with-registry-auth'))).toBe(true);
  });

  it('reads an image with no registry in its name as not the user’s ACR', () => {
    const d = diagnose(`$ docker service update --image shopweb:v2 shop_web\n${warning('shopweb:v2')}`);
    expect(d.signals.facts).toContain('host:other-registry');
    expect(d.verdict).toBe('not-acr');
  });
});
