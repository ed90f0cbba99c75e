export { importStream, rejectedRows, type ImportFileFormat } from './import-stream';
export { ImportResolver } from './import.resolver';
export {
  IMPORT_BATCH_SIZE,
  ImportFileError,
  RecordImporter,
  type ImportReport,
  type Rejection,
} from './import.service';
