import { hostRules } from './all';

/** Match patterns for the content script and host permissions: exactly the rules' hosts. */
export const contentMatches: string[] = hostRules.flatMap((rule) => rule.hosts.map((host) => `*://*.${host}/*`));
