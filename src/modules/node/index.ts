export { NodeResolver } from './node.resolver';
export { NODE_KINDS } from './node-kinds';
