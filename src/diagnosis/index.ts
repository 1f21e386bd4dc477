export { diagnose, type DiagnoseOptions } from './diagnose';
export { fillCommand, placeholderText, placeholderValues } from './fill-command';
export { teamsMessageText } from './html-text';
export { MASK } from './mask-secrets';
export { speaksAsAcr } from './verdict';
export type * from './types';
