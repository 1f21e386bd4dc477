import { defineCause } from '../../define';
import { ACR_FAQ } from '../../docs';
import { anchor, context } from '../../rules';

export default defineCause({
  id: 'curl-redirect-forwards-auth-header',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: "curl forwards the registry's Authorization header to blob storage",
    ru: 'curl пересылает заголовок Authorization реестра в хранилище BLOB-объектов',
  },
  explanation: {
    en:
      "A blob download from the registry's REST API answers with a redirect to a storage or data endpoint URL that already " +
      "carries its own signature. Some curl versions following the redirect with -L send the registry's Authorization " +
      'header along, and storage rejects the mixed credentials with InvalidAuthenticationInfo ("Authentication information ' +
      'is not given in the correct format"). Registry access itself is fine.',
    ru:
      'Скачивание BLOB-объекта через REST API реестра возвращает перенаправление на URL хранилища или конечной точки данных, ' +
      'который уже содержит собственную подпись. Некоторые версии curl, следуя перенаправлению с -L, передают туда и заголовок ' +
      'Authorization реестра, и хранилище отклоняет смешанные учётные данные с InvalidAuthenticationInfo («Authentication ' +
      'information is not given in the correct format»). Сам доступ к реестру в порядке.',
  },
  ask: {
    en: 'Are you downloading a blob with curl -L (or another HTTP client that follows redirects)?',
    ru: 'Вы скачиваете BLOB-объект через curl -L (или другой HTTP-клиент, который следует перенаправлениям)?',
  },
  rules: [
    anchor(['InvalidAuthenticationInfo'], 8),
    anchor(['Authentication information is not given in the correct format'], 8),
    context('tool:curl', 3),
    context(['/blobs/sha256:'], 2),
    context(['blob.core.windows.net'], 2),
  ],
  fix: [
    {
      text: {
        en: 'Request the blob without following redirects and read the Location header.',
        ru: 'Запросите BLOB-объект без перехода по перенаправлению и прочитайте заголовок Location.',
      },
      command:
        'curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" https://{loginServer}/v2/{repository}/blobs/<digest> | grep -i "^location:"',
    },
    {
      text: {
        en: 'Download from that URL without any Authorization header.',
        ru: 'Скачайте по этому URL без заголовка Authorization.',
      },
      command: 'curl -o blob.tar.gz "<location-url>"',
    },
  ],
  docs: [ACR_FAQ],
  checks: [],
});
