import { registerDescribedEnum } from '../register-enum';

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerDescribedEnum(DatePrecision, 'DatePrecision', 'How precisely a reported date is known.', {
  DAY: 'Known to the day ("May 4, 2024").',
  MONTH: 'Known to the month ("May 2024"); covers every day of that month.',
  YEAR: 'Known to the year ("2018"); covers every day of that year.',
});
