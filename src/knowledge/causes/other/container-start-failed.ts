import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { against, anchor, context } from '../../rules';

/**
 * runc's (and containerd's, through its shim) failure to start a container's process: "OCI runtime create failed:
 * runc create failed: unable to start container process: exec: "./entrypoint.sh": permission denied". By then the
 * image had been pulled: what failed is its entrypoint (not executable, Windows line endings, missing from the image),
 * a mount or a hook. Its "permission denied" is the file system's, not the registry's.
 */
export default defineCause({
  id: 'container-start-failed',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'The image was pulled but its container failed to start (entrypoint, mount or hook), not registry access',
    ru: 'Образ извлечён, но его контейнер не запустился (точка входа, монтирование или хук): это не доступ к реестру',
  },
  explanation: {
    en:
      'The container runtime could not start the process inside the image: the entrypoint or command is not ' +
      'executable, has Windows line endings, or does not exist in the image, or a mount or a runtime hook failed. ' +
      "Or the process started and could not open its port: a port below 1024 needs root, which the image's user is " +
      'not. The registry had already delivered the image; "permission denied" here is about a file or a port inside ' +
      'the container.',
    ru:
      'Среда выполнения контейнеров не смогла запустить процесс внутри образа: точка входа или команда не ' +
      'исполняемая, содержит окончания строк Windows или отсутствует в образе, либо не удалось монтирование или ' +
      'хук среды выполнения. Или процесс запустился, но не смог открыть свой порт: порт ниже 1024 требует прав root, ' +
      'которых у пользователя образа нет. Реестр уже отдал образ; «permission denied» здесь относится к файлу или ' +
      'порту внутри контейнера.',
  },
  ask: {
    en: 'Does the entrypoint or command named in the message exist in the image, and is it executable?',
    ru: 'Есть ли в образе точка входа или команда, названная в сообщении, и исполняемая ли она?',
  },
  rules: [
    anchor(['OCI runtime create failed'], 6),
    // The JVM stopping before the app runs: a -javaagent jar it cannot read, a main class it cannot find, a heap it
    // cannot reserve. The image was pulled; the process in it did not start.
    anchor(['Error opening zip file or JAR manifest missing'], 7),
    anchor(['Could not find or load main class'], 7),
    // A jar compiled for a newer Java than the image's runtime.
    anchor(['UnsupportedClassVersionError'], 7),
    // The app's own import failing at start (a package missing from its requirements): the image is there and ran.
    anchor(['ModuleNotFoundError: No module named'], 5),
    // …but not az's own modules: that is the tool's install (cli-usage-or-unsupported).
    against(["No module named 'azure.cli"], 8),
    anchor(['Error occurred during initialization of VM'], 7),
    anchor(['OCI runtime exec failed'], 6),
    anchor(['unable to start container process'], 5),
    // The runtime's exec of the entrypoint found no such file: a binary missing from the image, or one linked against a
    // loader the image lacks (a glibc binary on Alpine).
    anchor(/(?:^|\s)exec \/[^\s:]{1,200}: no such file or directory/, 5),
    // A shell entrypoint exec-ing a program the image does not have ("/docker-entrypoint.sh: exec: pm2: not found").
    anchor(/\bexec: [^\s:]{1,100}: not found/, 5),
    // The process could not bind its port (below 1024 as a non-root user): nginx, Node and Go each say so their way.
    anchor(['bind() to', '(13: Permission denied)'], 6),
    anchor(['listen EACCES: permission denied'], 6),
    anchor(['bind: permission denied'], 5),
    context(['failed to create shim task'], 2),
    context(['executable file not found in $PATH'], 2),
    // A pull that failed in the same paste is what the person needs first.
    against(['Failed to pull image'], 4),
    against('oci:UNAUTHORIZED', 4),
    against('oci:DENIED', 4),
  ],
  fix: [
    {
      text: {
        en: 'Make the entrypoint executable and save it with Unix line endings, then rebuild and push the image.',
        ru: 'Сделайте точку входа исполняемой, сохраните её с окончаниями строк Unix, пересоберите и отправьте образ.',
      },
      command:
        'git update-index --chmod=+x entrypoint.sh && docker build -t {image} . && docker push {image}',
    },
    {
      text: {
        en: 'Look inside the image with another entrypoint to see what is there.',
        ru: 'Загляните в образ с другой точкой входа, чтобы увидеть, что в нём есть.',
      },
      command: 'docker run --rm -it --entrypoint sh {image}',
    },
  ],
  docs: [ACR_FAQ],
  checks: [],
});
