/** What a copy button asks the popup to put on the clipboard; `what` names it in the confirmation. */
export interface CopyRequest {
  what: 'text' | 'markdown' | 'rich' | 'outline' | 'figure' | 'tsv' | 'mdTable';
  text: string;
  /** With html the copy is one rich clipboard item (text/html + text/plain). */
  html?: string;
}

export type OnCopy = (request: CopyRequest) => void;
