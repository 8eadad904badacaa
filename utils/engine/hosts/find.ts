import { hostRules } from './all';
import type { HostRule } from './define';

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
  return hostRules.find((rule) => rule.hosts.some((h) => host === h || host.endsWith('.' + h)));
}
