import { Confidence } from '../confidence.enum';
import { createEnumFilter } from './operators';

export const ConfidenceFilter = createEnumFilter(Confidence, 'Confidence');
export type ConfidenceFilter = InstanceType<typeof ConfidenceFilter>;
