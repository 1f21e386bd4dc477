import { defineCause } from '../../define';
import { againstRegistryRefusals, anchor } from '../../rules';

/**
 * An app built on a model service (Azure OpenAI, OpenAI) stopped by that service's own limits: tokens or requests per
 * minute, a prompt longer than the model's context, the content filter, a model deployment that does not exist. The
 * app runs in a container pulled from the registry, so such errors reach a registry channel; "token" and "429" in them
 * are the model's, not a registry's token or throttling.
 */
export default defineCause({
  id: 'ai-model-service-limit',
  family: 'other',
  scope: 'not-acr',
  prevalence: 'occasional',
  title: {
    en: 'A model service (Azure OpenAI, OpenAI) stopped the app with its own limit, not the registry',
    ru: 'Приложение остановила служба моделей (Azure OpenAI, OpenAI) своим ограничением, а не реестр',
  },
  explanation: {
    en:
      'The error is the model service answering the app: its tokens- or requests-per-minute quota for the deployment ' +
      'was used up (429 rate_limit_exceeded), the prompt was longer than the model accepts (context_length_exceeded), ' +
      'the content filter stopped the prompt or the answer, or the deployment the app names does not exist ' +
      '(DeploymentNotFound). The "tokens" and the 429 are the model\u2019s, not a registry\u2019s; the image was pulled ' +
      'and the app is running. The fix is in the model deployment: its capacity (TPM), its name, or the app\u2019s prompts ' +
      'and retries.',
    ru:
      'Это ответ службы моделей приложению: исчерпана квота токенов или запросов в минуту для развёртывания (429 ' +
      'rate_limit_exceeded), запрос длиннее, чем принимает модель (context_length_exceeded), фильтр содержимого ' +
      'остановил запрос или ответ, либо развёртывания с указанным именем нет (DeploymentNotFound). «Токены» и 429 здесь ' +
      'относятся к модели, а не к реестру; образ скачан, приложение работает. Исправлять нужно развёртывание модели: ' +
      'его ёмкость (TPM), имя или запросы и повторы приложения.',
  },
  ask: {
    en: 'Is the failing call the app\u2019s request to a model (chat, completions, embeddings)?',
    ru: 'Падает ли запрос приложения к модели (чат, completions, embeddings)?',
  },
  rules: [
    // OpenAI's and Azure OpenAI's own codes and wordings.
    anchor(['rate_limit_exceeded'], 7),
    anchor(['exceeded token rate limit'], 8),
    anchor(['tokens per min'], 6),
    anchor(['context_length_exceeded'], 8),
    anchor(['maximum context length'], 7),
    anchor(['content management policy'], 7),
    anchor(['content_filter'], 6),
    anchor(['DeploymentNotFound'], 7),
    anchor(['The API deployment for this resource does not exist'], 8),
    // A registry's own refusal in the same paste is what stopped it.
    ...againstRegistryRefusals(10),
  ],
  fix: [
    {
      text: {
        en: 'Check the model deployment the app calls: its name and its tokens-per-minute capacity.',
        ru: 'Проверьте развёртывание модели, которое вызывает приложение: его имя и ёмкость в токенах в минуту.',
      },
      command:
        'az cognitiveservices account deployment list --name <openai-account> --resource-group <resource-group> -o table',
    },
    {
      text: {
        en: 'Raise the deployment\u2019s capacity or make the app retry after the time the 429 names; shorten prompts that exceed the context.',
        ru: 'Увеличьте ёмкость развёртывания или повторяйте запрос через время, указанное в ответе 429; сократите запросы длиннее контекста.',
      },
    },
  ],
  docs: [
    {
      title: {
        en: 'Azure OpenAI quotas and limits',
        ru: 'Квоты и ограничения Azure OpenAI',
      },
      url: 'https://learn.microsoft.com/azure/ai-services/openai/quotas-limits',
    },
  ],
  checks: [],
});
