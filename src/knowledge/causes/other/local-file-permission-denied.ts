import { defineCause } from '../../define';
import { against, anchor } from '../../rules';

/**
 * The operating system refused a program a file or a directory of its own (EACCES, errno 13): a container's non-root
 * user writing where root owns the path, a volume mounted with another owner, npm's global prefix owned by root. Its
 * "permission denied" names a path, never a registry; Rust, Python and Node each print the errno their own way.
 */
export default defineCause({
  id: 'local-file-permission-denied',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A program may not open or create a file or folder (the operating system refused it), not registry access',
    ru: 'Программе не разрешено открыть или создать файл или папку (отказала операционная система): это не доступ к реестру',
  },
  explanation: {
    en:
      'The operating system answered "permission denied" (EACCES, errno 13) for a path: the user the program runs as may ' +
      'not read or write it. In a container that is most often a non-root USER writing to a folder root owns, or a volume ' +
      'mounted with another owner; on a machine, a global install into a folder root owns. The registry was not asked: ' +
      'whatever image or package was involved had already been pulled.',
    ru:
      'Операционная система ответила «permission denied» (EACCES, errno 13) для пути: пользователь, от имени которого ' +
      'работает программа, не может его читать или записывать. В контейнере это чаще всего пользователь USER не root, ' +
      'пишущий в папку, которой владеет root, или том, смонтированный с другим владельцем; на машине — глобальная ' +
      'установка в папку root. К реестру не обращались: образ или пакет, если он участвовал, уже был получен.',
  },
  ask: {
    en: 'Which user does the program run as, and who owns the path in the message?',
    ru: 'От имени какого пользователя работает программа и кому принадлежит путь из сообщения?',
  },
  rules: [
    anchor(['Permission denied (os error 13)'], 6),
    anchor(['[Errno 13] Permission denied'], 6),
    anchor(['EACCES: permission denied, open'], 6),
    anchor(['EACCES: permission denied, mkdir'], 6),
    anchor(['EACCES: permission denied, access'], 6),
    // Docker's own socket refused to the user is the engine's setup (docker-not-running-or-misconfigured), and a
    // config.json it cannot read is the credential store's.
    against(['docker.sock'], 8),
    against(['config.json'], 6),
  ],
  fix: [
    {
      text: {
        en: 'See who owns the path and which user the program runs as.',
        ru: 'Посмотрите, кому принадлежит путь и от имени какого пользователя работает программа.',
      },
      command: 'ls -ld <path> && id',
    },
    {
      text: {
        en: "In an image, give the folder to the image's user before switching to it (or point the program at a folder that user owns).",
        ru: 'В образе передайте папку пользователю образа до переключения на него (или укажите программе папку, которой этот пользователь владеет).',
      },
      command: 'RUN mkdir -p <path> && chown -R <user>:<group> <path>',
    },
  ],
  docs: [
    {
      title: { en: 'Dockerfile reference: USER', ru: 'Справочник по Dockerfile: USER' },
      url: 'https://docs.docker.com/reference/dockerfile/#user',
    },
  ],
  checks: [],
});
