export { compiledRead } from './compiled-read';
