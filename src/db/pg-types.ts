import { types } from 'pg';

/**
 * pg's value parsers for this app's pools. A `date` column holds a calendar day, not an instant:
 * pg would parse it into a local-midnight Date that TypeORM then formats back to 'YYYY-MM-DD'
 * for every fuzzy-date bound of every row; keeping pg's text skips both steps.
 */
export const PG_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === types.builtins.DATE && format !== 'binary') {
      return (value: string) => value;
    }
    return types.getTypeParser(oid, format);
  },
};
