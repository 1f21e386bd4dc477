import type { Cause } from '../types';

export const causes: readonly Cause[] = [];
