export { PlotEntity } from './plot.entity';
export * from './plot.enums';
export { PlotResolver } from './plot.resolver';
export { Plot, PlotConnection, toPlot } from './plot.type';
export { PlotMutationResolver } from './plot.mutation.resolver';
