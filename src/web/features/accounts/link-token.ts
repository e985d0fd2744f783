// Reads a one-time link's token from the page's fragment (#token=…), which never reaches a server log or a Referer.
export function readLinkToken(hash: string): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]{43})(?:&|$)/.exec(hash);
  return match?.[1] ?? null;
}
