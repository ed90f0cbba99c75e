export { createExportHandler, EXPORT_ROWS_PER_COST } from './export.routes';
export { csvColumns, DATE_PARTS, LIST_SEPARATOR, toCsvRow, toJsonRow } from './export-rows';
export { EXPORT_STATEMENT_TIMEOUT, exportChunks, type ExportChunk } from './export.service';
export { parseFilterParameter } from './filter-param';
export {
  IMPORT_ORDER,
  recordTable,
  recordTables,
  REFERENCE_TARGETS,
  type RecordTable,
  type TableField,
} from './record-tables';
