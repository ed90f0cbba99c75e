import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

import { listen } from '../../src/app';
import { Role } from '../../src/graphql/principal';
import { seedDatabase } from '../../src/seed/seed';
import { createTestApi, truncateAll, type TestApi } from '../helpers/api';

let api: TestApi;
let server: Server;
let uri: string;

beforeAll(async () => {
  api = await createTestApi();
  await truncateAll(api.dataSource);
  await seedDatabase(api.dataSource);
  server = await listen(api.app.express, 0);
  uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

/** A real Apollo Client over HTTP, its cache merging `plots` pages the Relay way. */
function client(headers: Record<string, string> = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch, headers }),
    cache: new InMemoryCache({
      typePolicies: { Query: { fields: { plots: relayStylePagination(['filter', 'orderBy']) } } },
    }),
  });
}

interface PlotsPage {
  plots: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { id: string; name: string; codename: string | null; version: number };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('Apollo Client', () => {
  it('pages through a connection with relayStylePagination and updates its cache from a mutation payload', async () => {
    const editor = await api.as(Role.EDITOR);
    const apollo = client({ authorization: `Bearer ${editor.secret}` });
    const watched = apollo.watchQuery<PlotsPage>({ query: PLOTS, variables: { first: 2 } });
    const subscription = watched.subscribe(() => undefined);
    try {
      let page = (await watched.refetch()).data!;
      const total = page.plots.totalCount;
      expect(total).toBeGreaterThan(4);
      let requests = 1;
      while (page.plots.pageInfo.hasNextPage) {
        page = (await watched.fetchMore({ variables: { after: page.plots.pageInfo.endCursor } }))
          .data as PlotsPage;
        requests += 1;
      }
      expect(requests).toBe(Math.ceil(total / 2));

      // The cache now holds every page merged into one list, in order, without duplicates.
      const cached = apollo.readQuery<PlotsPage>({ query: PLOTS, variables: { first: 2 } })!;
      const ids = cached.plots.edges.map((edge) => edge.node.id);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
      expect(cached.plots.pageInfo.hasNextPage).toBe(false);

      const target = cached.plots.edges.find((edge) => edge.node.codename === 'Marco Polo')!.node;
      const { data } = await apollo.mutate<{
        updatePlot: { plot: { id: string; codename: string; version: number } };
      }>({
        mutation: RENAME,
        variables: {
          input: {
            id: target.id,
            expectedVersion: target.version,
            codename: 'Marco Polo (renamed)',
          },
        },
      });
      expect(data!.updatePlot.plot).toEqual({
        __typename: 'Plot',
        id: target.id,
        codename: 'Marco Polo (renamed)',
        version: target.version + 1,
      });
      // No refetch: the normalized cache took the payload's node, so the paged list shows it.
      const after = apollo.readQuery<PlotsPage>({ query: PLOTS, variables: { first: 2 } })!;
      expect(after.plots.edges.find((edge) => edge.node.id === target.id)!.node).toMatchObject({
        codename: 'Marco Polo (renamed)',
        version: target.version + 1,
      });
      expect(after.plots.edges).toHaveLength(total);
    } finally {
      subscription.unsubscribe();
      apollo.stop();
    }
  });
});

const PLOTS = gql`
  query Plots($first: Int, $after: String) {
    plots(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          codename
          version
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const RENAME = gql`
  mutation Rename($input: UpdatePlotInput!) {
    updatePlot(input: $input) {
      plot {
        id
        codename
        version
      }
      userErrors {
        field
        message
      }
    }
  }
`;
