export interface ToastState {
  kind: 'ok' | 'error';
  message: string;
}

/** The confirmation after an action; errors stay until the next action, confirmations fade. */
export function Toast({ toast }: { toast: ToastState | null }) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <p class={`toast ${toast.kind}`} data-testid="toast" data-kind={toast.kind}>
          {toast.message}
        </p>
      )}
    </div>
  );
}
