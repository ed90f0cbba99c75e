import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { PlotListArgs } from './plot.args';
import { PlotEntity } from './plot.entity';
import { plotFilterSpec, type PlotFilter } from './plot.filter';
import { DEFAULT_PLOT_ORDER, plotSortKeys, type PlotOrderField } from './plot.order';
import { toPlot, type Plot } from './plot.type';

export const PLOT_LIST: ListDefinition<PlotEntity, PlotFilter, PlotOrderField, Plot> = {
  entity: PlotEntity,
  alias: 'plot',
  filterSpec: plotFilterSpec,
  sortKeys: plotSortKeys,
  defaultOrder: DEFAULT_PLOT_ORDER,
  toNode: toPlot,
};

export class PlotService {
  /** A page of live (not deleted) plots. */
  list(manager: EntityManager, args: PlotListArgs): Promise<Page<Plot>> {
    return listRecords(manager, PLOT_LIST, args);
  }
}
