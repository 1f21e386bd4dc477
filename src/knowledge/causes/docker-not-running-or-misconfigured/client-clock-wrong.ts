import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { anchor, context } from '../../rules';

/**
 * Go's crypto/x509 checks a certificate's validity against the client's own clock and says which side it fell on:
 * "certificate has expired or is not yet valid: current time 2019-01-01T00:00:12Z is before 2025-06-01T00:00:00Z".
 * ACR's certificates are renewed long before they expire, so a registry certificate "not yet valid" or "expired" is
 * almost always a clock that is wrong: a VM restored from a snapshot, a WSL 2 or Docker Desktop VM after sleep, a
 * device without NTP. (An intercepting proxy that serves an expired certificate reads the same; the time printed
 * tells them apart.)
 */
export default defineCause({
  id: 'client-clock-wrong',
  family: 'docker-not-running-or-misconfigured',
  scope: 'acr-access',
  prevalence: 'rare',
  title: {
    en: "The client's clock is wrong, so the registry's certificate looks expired or not yet valid",
    ru: 'Часы клиента идут неверно, поэтому сертификат реестра кажется просроченным или ещё не действительным',
  },
  explanation: {
    en:
      'TLS checks the certificate’s validity dates against the local clock. When the machine (or the Docker ' +
      'Desktop / WSL 2 VM) runs hours or years off, a valid registry certificate looks expired or not yet valid and ' +
      'every connection fails. The "current time" in the message is what the client believes.',
    ru:
      'TLS сверяет сроки действия сертификата с локальными часами. Если машина (или виртуальная машина Docker ' +
      'Desktop / WSL 2) отстаёт или спешит на часы или годы, действительный сертификат реестра выглядит просроченным ' +
      'или ещё не действительным, и все подключения завершаются ошибкой. «current time» в сообщении — это время, ' +
      'которое считает верным клиент.',
  },
  ask: {
    en: 'Does the "current time" in the message match the real time?',
    ru: 'Совпадает ли «current time» в сообщении с реальным временем?',
  },
  rules: [
    anchor(['certificate has expired or is not yet valid', 'current time'], 6),
    anchor(['certificate is not yet valid'], 4),
    context(['is before'], 2),
    context(['is after'], 1),
  ],
  fix: [
    {
      text: {
        en: 'Compare the machine’s time with the real time and turn on time synchronisation.',
        ru: 'Сравните время машины с реальным и включите синхронизацию времени.',
      },
      command: 'date -u && sudo timedatectl set-ntp true',
    },
    {
      text: {
        en: 'On Windows with WSL 2 or Docker Desktop, restart the VM so it takes the host’s clock again.',
        ru: 'В Windows с WSL 2 или Docker Desktop перезапустите виртуальную машину, чтобы она снова взяла часы хоста.',
      },
      command: 'wsl --shutdown',
    },
  ],
  docs: [NETWORK_TROUBLESHOOTING],
  checks: [],
});
