import { defineCause } from '../../define';
import { against, anchor, context } from '../../rules';

/**
 * A tag, manifest or repository missing from a registry that is not the user's ACR (Docker Hub, MCR, GHCR, Quay, a
 * company's Harbor): the same words as manifest-tag-not-found, which is the answer when the registry is an ACR. Kept
 * apart so that the answer says both what happened (nothing under that name) and whose catalogue it is; labelled
 * `other` 6 times in 7 where the tag cause came first (field60 60C015/16, field72 72Z002, field77 77J015/16/18; f062
 * an ACR-family label).
 */
export default defineCause({
  id: 'tag-missing-elsewhere',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'common',
  title: {
    en: 'That registry, not an ACR, has no image under this name or tag',
    ru: 'В том реестре (это не ACR) нет образа с таким именем или тегом',
  },
  explanation: {
    en:
      'The registry that answered is another one (Docker Hub, mcr.microsoft.com, ghcr.io, Quay, a Harbor or Nexus) and it ' +
      'found nothing under the reference: the tag was never published there or has been retired, the image publishes no ' +
      '`latest` tag, or the repository path is spelled differently (Docker Hub keeps official images under `library/`). ' +
      'Sign-in was fine or not needed, and nothing in Azure changes what that registry holds.',
    ru:
      'Ответил другой реестр (Docker Hub, mcr.microsoft.com, ghcr.io, Quay, Harbor или Nexus), и под этой ссылкой у него ' +
      'ничего нет: тег там не публиковали или уже убрали, у образа нет тега `latest` или путь репозитория записан иначе ' +
      '(официальные образы Docker Hub лежат в `library/`). Вход прошёл или не требовался, и ничто в Azure не меняет того, ' +
      'что хранит этот реестр.',
  },
  ask: {
    en: "Is the tag in that registry's list of tags for this repository?",
    ru: 'Есть ли этот тег в списке тегов этого репозитория в том реестре?',
  },
  rules: [
    anchor('tag-missing:elsewhere', 9),
    // As non-acr-registry weighs a host recognised by name (Docker Hub, GHCR, Quay …) over one read from structure.
    context('host:other-registry', 3),
    // ACR's own wording of a missing tag: an ACR under a domain of its own (a vendor's registry), which is
    // manifest-tag-not-found's; except on MCR, which runs on ACR and prints the same words.
    against(['manifest tagged by', 'is not found'], 8),
    context('host:mcr', 8),
  ],
  fix: [
    {
      text: {
        en: 'See whether the registry has that exact reference, and which tags it publishes for the repository.',
        ru: 'Проверьте, есть ли в реестре именно эта ссылка и какие теги он публикует для репозитория.',
      },
      command: 'docker manifest inspect <registry-host>/{repository}:{tag}',
    },
    {
      text: {
        en: 'Pin a tag that exists (a version rather than latest), or correct the repository path.',
        ru: 'Укажите существующий тег (версию, а не latest) или исправьте путь репозитория.',
      },
    },
    {
      text: {
        en: 'If the image was meant to come from your own registry, start the reference with its login server.',
        ru: 'Если образ должен был браться из вашего реестра, начните ссылку с его сервера входа.',
      },
      command: 'az acr repository show-tags -n {registry} --repository {repository}',
    },
  ],
  docs: [
    {
      title: { en: 'docker manifest inspect', ru: 'docker manifest inspect' },
      url: 'https://docs.docker.com/reference/cli/docker/manifest/inspect/',
    },
  ],
  checks: [],
});
