import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Page } from '../../graphql/connection';
import { byFuzzyDateStart } from '../../shared/orderings';
import { PlotEntity } from './plot.entity';
import { toPlot, type Plot } from './plot.type';

const DEFAULT_ORDERING = byFuzzyDateStart<PlotEntity>('plot', 'period', 'DESC');

export class PlotService {
  /** A page of live (not deleted) plots. */
  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<Plot>> {
    const query = manager.createQueryBuilder(PlotEntity, 'plot');
    return paginate(query, args, DEFAULT_ORDERING, toPlot);
  }
}
