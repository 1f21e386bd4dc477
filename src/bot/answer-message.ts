import { chitChatCard } from '../cards/bot-cards';
import {
  diagnosisCard,
  helpCard,
  INITIAL_CARD_STATE,
  invalidRegistryCard,
  nothingFoundCard,
  registryCard,
  type AdaptiveCardJson,
} from '../cards';
import type { Diagnosis } from '../diagnosis/types';
import type { Lang } from '../knowledge';
import type { Command } from './command';
import { measuredDiagnose } from './measured-diagnosis';
import type { BotServices } from './services';

export interface MessageAnswer {
  readonly card: AdaptiveCardJson;
  /** For the log: which kind of answer went out. */
  readonly kind: 'help' | 'registry' | 'invalid-registry' | 'diagnosis' | 'nothing-found' | 'chit-chat';
  /** A diagnosis card: its id and the masked paste, for the feedback store. */
  readonly kept?: { readonly cardId: string; readonly text: string };
}

export function diagnosisAnswer(diagnosis: Diagnosis, lang: Lang, services: BotServices): MessageAnswer {
  if (diagnosis.causes.length === 0)
    return { kind: 'nothing-found', card: nothingFoundCard(diagnosis, lang) };
  const cardId = services.cards.putDiagnosis(diagnosis);
  return {
    kind: 'diagnosis',
    kept: { cardId, text: diagnosis.text },
    card: diagnosisCard({
      cardId,
      diagnosis,
      lang,
      state: INITIAL_CARD_STATE,
      liveChecks: { kind: 'hidden' },
    }),
  };
}

function registryAnswer(registry: string, lang: Lang, services: BotServices): MessageAnswer {
  const cardId = services.cards.putRegistry(registry);
  return {
    kind: 'registry',
    card: registryCard({ cardId, registry, lang, checks: 'idle', liveChecks: { kind: 'hidden' } }),
  };
}

/** The card that answers a message, chosen by what the message asks for. */
export function answerMessage(command: Command, lang: Lang, services: BotServices): MessageAnswer {
  switch (command.kind) {
    case 'help':
      return { kind: 'help', card: helpCard(lang) };
    case 'registry':
      return registryAnswer(command.registry, lang, services);
    case 'invalid-registry':
      return { kind: 'invalid-registry', card: invalidRegistryCard(lang, command.given) };
    case 'word': {
      const diagnosis = measuredDiagnose(services.log, 'message', command.text);
      return diagnosis.causes.length > 0
        ? diagnosisAnswer(diagnosis, lang, services)
        : registryAnswer(command.registry, lang, services);
    }
    case 'diagnose': {
      const diagnosis = measuredDiagnose(
        services.log,
        'message',
        command.text,
        command.registryHint ? { registryHint: command.registryHint } : {},
      );
      // A short message with no error in it is a person talking to the bot: greet, and offer a sample.
      if (diagnosis.causes.length === 0 && isChitChat(diagnosis.text))
        return { kind: 'chit-chat', card: chitChatCard(lang) };
      return diagnosisAnswer(diagnosis, lang, services);
    }
  }
}

const CHAT_MAX_CHARS = 160;

function isChitChat(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.length <= CHAT_MAX_CHARS && trimmed.split('\n').length <= 2;
}
