export { PlotEntity } from './plot.entity';
export * from './plot.enums';
export { PlotResolver } from './plot.resolver';
export { Plot, PlotConnection, toPlot } from './plot.type';
export { PlotFilter, plotFilterSpec, PlotListFilter } from './plot.filter';
export { PlotConnectionArgs } from './plot.args';
export { PLOT_LIST } from './plot.service';
export { PlotMutationResolver } from './plot.mutation.resolver';
