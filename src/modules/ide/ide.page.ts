import { ruruHTML, type RuruClientConfig } from 'ruru/server';

import { IDE_EXAMPLES, type IdeExample } from './ide.examples';

/** URL path of the IDE's static files (served by this app from the ruru package). */
export const IDE_ASSETS_PATH = '/ide-assets/';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );

const WELCOME = `# Welcome to Incidentgraph: structured data on state-sponsored terror plots.
#
# Pick a saved example in the bar above (each opens in its own tab), or write a query here.
# Press the play button (or Ctrl-Enter) to run it; the Docs button on the left lists every
# type and field. Reading needs no key; to write, add a header
#   { "Authorization": "Bearer <your API key>" }
# in the Headers tab below. Exports: /export/<kind>.csv and .ndjson.
{
  plots(first: 5) {
    totalCount
    nodes { name codename status period { label } }
  }
}
`;

function examplesBar(active: IdeExample | undefined): string {
  const links = IDE_EXAMPLES.map(
    (example) =>
      `<a href="/?example=${encodeURIComponent(example.slug)}" data-example="${example.slug}"${
        example === active ? ' aria-current="page"' : ''
      } title="${escapeHtml(example.title)}">${escapeHtml(example.label)}</a>`,
  ).join('');
  return `<nav id="ig-examples" aria-label="Saved example queries"><strong>Incidentgraph</strong><span>Examples:</span>${links}</nav>`;
}

const STYLE = `<style>
  #ig-examples { height: 44px; box-sizing: border-box; display: flex; gap: 6px; align-items: center; overflow-x: auto; white-space: nowrap; padding: 6px 10px; font: 13px system-ui, sans-serif; background: #0b2540; color: #fff; }
  #ig-examples strong { margin-right: 8px; }
  #ig-examples span { opacity: .75; margin-right: 4px; }
  #ig-examples a { flex: none; color: #fff; text-decoration: none; padding: 4px 9px; border-radius: 4px; background: rgba(255,255,255,.12); max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
  #ig-examples a:hover, #ig-examples a[aria-current] { background: #e10098; }
  #ruru-root { height: calc(100vh - 44px) !important; }
</style>`;

/**
 * The IDE page: ruru (a GraphiQL build) loading its scripts from this server only, with the
 * schema docs, and the saved examples one click away (the chosen one opens as a new tab).
 */
export function idePage(exampleSlug: string | undefined): string {
  const example = IDE_EXAMPLES.find((candidate) => candidate.slug === exampleSlug);
  return ruruHTML({
    endpoint: '/graphql',
    staticPath: IDE_ASSETS_PATH,
    // ruru's typings make every client option required; these are the ones the page sets.
    clientConfig: {
      defaultQuery: WELCOME,
      ...(example
        ? {
            initialQuery: example.query,
            initialVariables: JSON.stringify(example.variables ?? {}, null, 2),
          }
        : {}),
    } as RuruClientConfig,
    htmlParts: {
      titleTag: '<title>Incidentgraph · GraphQL IDE</title>',
      styleTags: (original) => `${original}\n${STYLE}`,
      bodyContent: (original) => `${examplesBar(example)}\n${original}`,
    },
  });
}
