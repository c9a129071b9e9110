// Short notices in a corner (a live event, an alert switched on); a toast with an action is a button.
const lifetimeMs = 7000;

export function showToast(message, onAction = null) {
  const container = document.getElementById('toasts');
  const toast = document.createElement(onAction ? 'button' : 'div');
  toast.className = 'toast';
  toast.setAttribute('data-testid', 'toast');
  toast.textContent = message;
  if (onAction) {
    toast.type = 'button';
    toast.addEventListener('click', () => {
      onAction();
      toast.remove();
    });
  }
  container.append(toast);
  setTimeout(() => toast.remove(), lifetimeMs);
}
