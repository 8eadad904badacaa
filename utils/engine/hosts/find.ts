import { hostRules } from './all';
import { coversHost, type HostRule } from './define';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The rule whose host suffix matches the address, if any. */
export function findHostRule(url: string): HostRule | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return hostRules.find((rule) => rule.hosts.some((h) => coversHost(h, host)));
}
