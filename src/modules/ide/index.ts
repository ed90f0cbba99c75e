export { IDE_EXAMPLES, type IdeExample } from './ide.examples';
export { IDE_ASSETS_PATH, idePage } from './ide.page';
export { ideRedirect, ideRouter } from './ide.routes';
