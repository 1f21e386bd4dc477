export { diagnose, type DiagnoseOptions } from './diagnose';
export { fillCommand, placeholderText, placeholderValues } from './fill-command';
export { MASK } from './mask-secrets';
export type * from './types';
