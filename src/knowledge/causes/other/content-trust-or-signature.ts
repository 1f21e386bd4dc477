import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

export default defineCause({
  id: 'content-trust-or-signature',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: 'Image signing or content trust refused the image (trust data or signature), not registry access',
    ru: 'Подпись образа или доверие к содержимому отклонили образ (данные доверия или подпись), а не доступ к реестру',
  },
  explanation: {
    en:
      'Docker Content Trust (Notary) or Notation checked the image and found no trust data, missing signing keys or a signature ' +
      'that does not verify. The registry itself served the request; what is missing is a signature, or the client enforces ' +
      'trust for an image that was never signed.',
    ru:
      'Docker Content Trust (Notary) или Notation проверили образ и не нашли данных доверия, ключей подписи или подписи, которая ' +
      'проходит проверку. Сам реестр запрос обслужил; не хватает подписи, либо клиент требует доверия к образу, который никогда не подписывали.',
  },
  ask: {
    en: 'Is DOCKER_CONTENT_TRUST=1 set, or does a signature policy apply to this image?',
    ru: 'Задано DOCKER_CONTENT_TRUST=1 или к этому образу применяется политика подписей?',
  },
  rules: [
    anchor(['trust data'], 6),
    anchor(['signing keys', 'not found'], 6),
    anchor(['signature verification failed'], 7),
    anchor(['no signature is associated'], 7),
    anchor(['DOCKER_CONTENT_TRUST'], 3),
    // containerd's erofs/dm-verity snapshotter on a node that requires signed layers (AKS signed images).
    anchor(['dm-verity signature required'], 8),
    // cosign's keyless signing: the certificate authority (Fulcio) and the transparency log (Rekor) are Sigstore's
    // services, not a registry; a time-out reaching them is the signing step's network, not the registry's.
    anchor(['getting key from Fulcio'], 9),
    anchor(['signing certificate from Fulcio'], 8),
    anchor(['error fetching GitHub OIDC token'], 5),
    anchor(['rekor', 'tlog entry'], 6),
    against(['client with IP'], 6),
    against('http:401', 2),
  ],
  fix: [
    {
      text: {
        en: 'Sign the image (or turn off content trust for this pull if unsigned images are allowed).',
        ru: 'Подпишите образ (или отключите доверие к содержимому для этого скачивания, если неподписанные образы допустимы).',
      },
      command: 'DOCKER_CONTENT_TRUST=0 docker pull {image}',
    },
  ],
  docs: [
    {
      title: {
        en: 'Sign container images with Notation',
        ru: 'Подпись образов контейнеров с помощью Notation',
      },
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-tutorial-sign-build-push',
    },
  ],
  checks: [],
});
