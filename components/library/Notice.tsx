import type { T } from './strings';

export type NoticeState =
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string; detail?: string }
  | { kind: 'progress'; message: string; done: number; total: number }
  | { kind: 'undo'; message: string; onUndo: () => void };

interface Props {
  notice: NoticeState | null;
  t: T;
  onDismiss: () => void;
}

/** One status line for the page: progress of a long job, a result, an error with its cause, or undo. */
export function Notice({ notice, t, onDismiss }: Props) {
  if (!notice) return null;
  return (
    <div class={`notice ${notice.kind}`} data-testid="notice" role={notice.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      <span>{notice.message}</span>
      {notice.kind === 'error' && notice.detail && <small class="detail">{notice.detail}</small>}
      {notice.kind === 'progress' && (
        <progress data-testid="progress" max={notice.total || 1} value={notice.done}>{`${notice.done}/${notice.total}`}</progress>
      )}
      {notice.kind === 'undo' && (
        <button type="button" class="primary" data-testid="undo" onClick={notice.onUndo}>
          {t('undo')}
        </button>
      )}
      {notice.kind !== 'progress' && (
        <button type="button" class="link" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
