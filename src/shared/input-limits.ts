/** Length limits shared by every input, stated in the schema descriptions. */
export const NAME_MAX = 300;
export const TEXT_MAX = 10_000;
export const EXCERPT_MAX = 500;
export const LIST_MAX = 50;

/** A Wikidata item ID, e.g. "Q794". */
export const WIKIDATA_QID = /^Q[1-9]\d*$/;
