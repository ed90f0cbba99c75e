/** POSTs a GraphQL request (an object, or a raw string body) to `${url}/graphql` over real HTTP. */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
}
