export { NodeResolver } from './node.resolver';
export { CitationRecordResolver } from './citation-record.resolver';
export { nodeKinds } from './node-kinds';
