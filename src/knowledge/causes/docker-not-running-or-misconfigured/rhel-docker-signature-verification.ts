import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { against, anchor, context } from '../../rules';

export default defineCause({
  id: 'rhel-docker-signature-verification',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: "Red Hat's Docker build verifies signatures and fails the pull",
    ru: 'Сборка Docker от Red Hat проверяет подписи и срывает извлечение образа',
  },
  explanation: {
    en:
      'The Docker 1.x packages shipped with RHEL and CentOS 7 start the daemon with --signature-verification ' +
      'turned on. That fork prints "Trying to pull repository …" and then fails the pull from ACR with ' +
      '"unauthorized: authentication required", even right after a successful login or push from the same machine. ' +
      'The registry is fine; the local daemon setting is what rejects the pull.',
    ru:
      'Пакеты Docker 1.x из поставки RHEL и CentOS 7 запускают демон с включённым --signature-verification. ' +
      'Этот форк пишет «Trying to pull repository …», а затем прерывает извлечение из ACR с ошибкой ' +
      '«unauthorized: authentication required» — даже сразу после успешного входа или push с той же машины. ' +
      'С реестром всё в порядке, извлечение отклоняет локальная настройка демона.',
  },
  ask: {
    en: 'Is this the docker package from RHEL/CentOS (docker 1.13.x, "Package version: docker-1.13…el7")?',
    ru: 'Это пакет docker из RHEL/CentOS (docker 1.13.x, «Package version: docker-1.13…el7»)?',
  },
  rules: [
    anchor(/Trying to pull repository \S{1,200} \.\.\./i, 4),
    anchor(['signature-verification'], 8),
    anchor(['/etc/sysconfig/docker'], 5),
    context(['unauthorized: authentication required'], 2),
    context(['Package version: docker-1.', '.el7'], 4),
    context('succeeded:push', 3),
    context('succeeded:login', 2),
    against('host:no-acr', 6),
  ],
  fix: [
    {
      text: {
        en: 'Look at the daemon options the distribution set.',
        ru: 'Посмотрите параметры демона, заданные дистрибутивом.',
      },
      command: 'grep OPTIONS /etc/sysconfig/docker',
    },
    {
      text: {
        en: 'Add --signature-verification=false to OPTIONS in /etc/sysconfig/docker, then restart the daemon.',
        ru: 'Добавьте --signature-verification=false в OPTIONS в файле /etc/sysconfig/docker и перезапустите демон.',
      },
      command: 'sudo systemctl restart docker.service',
    },
    {
      text: {
        en: 'Better still, replace the old distribution package with a current Docker Engine (docker-ce) or podman.',
        ru: 'Ещё лучше — замените устаревший пакет дистрибутива актуальным Docker Engine (docker-ce) или podman.',
      },
    },
  ],
  docs: [ACR_FAQ],
  checks: [],
});
