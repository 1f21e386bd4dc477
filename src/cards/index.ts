export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  MAX_CARD_BYTES,
  cardBytes,
  type AdaptiveCardJson,
} from './adaptive-card';
export {
  CAUSES_VIEWS,
  CHECKS_VIEWS,
  FEEDBACK_VIEWS,
  INITIAL_CARD_STATE,
  type CardState,
  type CausesView,
  type ChecksView,
  type FeedbackView,
  type LiveCheckNotice,
  type LiveChecksSection,
} from './card-state';
export { LIVE_CHECK_STRINGS, LIVE_CHECK_TEXT } from './text/live-checks';
export { diagnosisCard, type CardDiagnosis, type DiagnosisCardInput } from './diagnosis-card';
export { helpCard } from './help-card';
export { expiredCard, failureCard, invalidRegistryCard, unknownActionCard } from './message-cards';
export { nothingFoundCard } from './nothing-found-card';
export { registryCard, type RegistryCardInput } from './registry-card';
export { welcomeCard, type WelcomeAudience } from './welcome-card';
