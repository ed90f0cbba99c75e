export { createExportHandler, EXPORT_ROWS_PER_COST } from './export.routes';
export { csvColumns } from './export-columns';
export { EXPORT_STATEMENT_TIMEOUT, openExport } from './export.service';
export { parseFilterParameter } from './filter-param';
export {
  IMPORT_ORDER,
  recordTable,
  recordTables,
  REFERENCE_TARGETS,
  type RecordTable,
  type TableField,
} from './record-tables';
