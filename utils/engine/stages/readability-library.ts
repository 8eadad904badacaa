import { Readability } from '@mozilla/readability';
import { readabilitySource, setReadability } from './readability';

/** Installs @mozilla/readability for locate() (Node commands, tests, and the injected extension script). */
export function installReadability(): void {
  if (!readabilitySource()) setReadability(Readability);
}
