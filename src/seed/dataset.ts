import { actors } from './dataset/actors';
import { arrests } from './dataset/arrests';
import { incidents } from './dataset/incidents';
import { places } from './dataset/places';
import { plots } from './dataset/plots';
import { sanctions } from './dataset/sanctions';
import { sentences } from './dataset/sentences';
import { sources } from './dataset/sources';
import { weaponsTransfers } from './dataset/weapons-transfers';
import type { Dataset } from './dataset.types';

// First real dataset, written by hand from two news articles (seeds 000 and 003): the AFP/VOA
// reports on the "Marco Polo" case and on Iranian missiles for Russia, and the special report
// "Terror, Traffickers, and Tehran". Split per kind under ./dataset/; records refer to each other by
// externalId. Every date inferred rather than stated carries a `note`.
export const dataset: Dataset = {
  sources,
  places,
  actors,
  plots,
  incidents,
  arrests,
  sentences,
  sanctions,
  weaponsTransfers,
};
