import type { Occupation } from '@core/enums/occupation-labels';
import { call } from '../call';

/** A few unions to offer with one tap: those organizing the worker's occupation group first. */
export const suggestUnions = (occupation: Occupation) => call('directory', 'suggestUnions', { occupation });
