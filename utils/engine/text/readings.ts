/**
 * Where pinyin verification gets the readings of a hanzi. The dictionary is large (pinyin-pro,
 * ~145 KB gzipped), so the engine does not import it: Node entry points install it at start, and the
 * extension injects it into a tab only when the page has annotation candidates. Both register here;
 * the extension's copy arrives as a separate script in the same isolated world, hence the global.
 */
export type ReadingsOf = (ch: string) => readonly string[];

const KEY = '__jingduReadings';
type Holder = { [KEY]?: ReadingsOf };

export function setReadings(source: ReadingsOf | undefined): void {
  (globalThis as Holder)[KEY] = source;
}

export function readingSource(): ReadingsOf | undefined {
  return (globalThis as Holder)[KEY];
}
