// The window's Content-Security-Policy: browser mode's policy, loosened only as far as the vite dev server needs.
import { contentSecurityPolicy } from '../rpc/http';

/** Adds sources to some directives of a policy, keeping the others as they are. */
export function withSources(policy: string, additions: Record<string, string[]>): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
    .map((directive) => {
      const name = directive.split(/\s+/, 1)[0] ?? '';
      const extra = additions[name];
      return extra?.length ? `${directive} ${extra.join(' ')}` : directive;
    })
    .join('; ');
}

/**
 * The policy for the app's page. Built, it is exactly browser mode's. Under the dev server, React's
 * fast refresh adds an inline script and vite talks to the page over a websocket, so development
 * allows those two things and nothing more.
 */
export function windowContentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return contentSecurityPolicy;
  const devServer = new URL(devServerUrl);
  const socket = `${devServer.protocol === 'https:' ? 'wss:' : 'ws:'}//${devServer.host}`;
  return withSources(contentSecurityPolicy, {
    'script-src': ["'unsafe-inline'"],
    'connect-src': [socket],
  });
}
