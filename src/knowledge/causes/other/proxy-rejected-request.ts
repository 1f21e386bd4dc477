import { defineCause } from '../../define';
import { NETWORK_TROUBLESHOOTING } from '../../docs';
import { against, anchor } from '../../rules';

export default defineCause({
  id: 'proxy-rejected-request',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'rare',
  title: {
    en: 'A proxy or load balancer in front of the client rejected the request by size (413), not the registry',
    ru: 'Прокси или балансировщик перед клиентом отклонил запрос из-за размера (413), а не реестр',
  },
  explanation: {
    en:
      'The answer is an HTML page saying "413 Request Entity Too Large": a reverse proxy or ingress (often nginx with its ' +
      'default body size limit) between the client and the registry refused a layer upload. ACR itself answers in JSON and ' +
      'accepts large layers; the limit is in the proxy.',
    ru:
      'Ответ — HTML-страница «413 Request Entity Too Large»: обратный прокси или входной шлюз (часто nginx с ограничением ' +
      'размера тела по умолчанию) между клиентом и реестром отказался принять загрузку слоя. Сам ACR отвечает в формате JSON ' +
      'и принимает большие слои; ограничение находится в прокси.',
  },
  ask: {
    en: 'Does the push go through a proxy or ingress of your own rather than straight to <name>.azurecr.io?',
    ru: 'Отправка идёт через ваш собственный прокси или входной шлюз, а не напрямую на <имя>.azurecr.io?',
  },
  rules: [
    anchor(['413', 'Request Entity Too Large'], 8),
    anchor(['client_max_body_size'], 6),
    against(['client with IP'], 6),
  ],
  fix: [
    {
      text: {
        en: 'Raise the body size limit of the proxy (for nginx: client_max_body_size 0;) or push without it.',
        ru: 'Увеличьте ограничение размера тела запроса в прокси (для nginx: client_max_body_size 0;) или отправляйте образ в обход него.',
      },
    },
  ],
  docs: [NETWORK_TROUBLESHOOTING],
  checks: [],
});
