import { hostRules } from './all';

/** Match patterns for the content script and host permissions: exactly the rules' hosts. */
export const contentMatches: string[] = hostRules.flatMap((rule) => rule.hosts.map((host) => `*://*.${host}/*`));

/** Where the page-world canvas recorder runs: the hosts of rules whose sites draw their text. */
export const canvasMatches: string[] = hostRules
  .filter((rule) => rule.canvas)
  .flatMap((rule) => rule.hosts.map((host) => `*://*.${host}/*`));
