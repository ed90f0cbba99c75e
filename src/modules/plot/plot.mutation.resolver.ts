import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { PlotEntity } from './plot.entity';
import { PLOT_COLUMNS, PlotInputs } from './plot.inputs';
import { Plot, toPlot } from './plot.type';

export const PlotMutationResolver = createRecordMutationsResolver({
  spec: { kind: 'Plot', label: 'plot', entity: PlotEntity },
  NodeClass: Plot,
  toNode: toPlot,
  fieldName: 'plot',
  inputs: PlotInputs,
  columns: PLOT_COLUMNS,
});
