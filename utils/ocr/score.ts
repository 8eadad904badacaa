/** Character error as the OCR benchmark scores it: Levenshtein distance over NFKC text without whitespace, ÷ truth length. */
export function characterError(truth: string, read: string): number {
  const norm = (s: string) => [...s.normalize('NFKC').replace(/\s+/g, '')];
  const a = norm(truth);
  const b = norm(read);
  if (a.length === 0) return b.length === 0 ? 0 : 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, row] = [row, prev];
  }
  return (prev[b.length] ?? 0) / a.length;
}
