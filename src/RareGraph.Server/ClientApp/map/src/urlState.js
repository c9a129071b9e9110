// The view's state in the address: /?threat=<key>&at=<date>&focus=<key>, so a link opens the same view.
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function readUrlState() {
  const params = new URLSearchParams(location.search);
  const at = params.get('at');
  return {
    threat: params.get('threat') || null,
    at: at && datePattern.test(at) ? at : null,
    focus: params.get('focus') || null,
  };
}

export function writeUrlState({ threat, at, focus }) {
  const params = new URLSearchParams();
  if (threat) params.set('threat', threat);
  if (at) params.set('at', at);
  if (focus) params.set('focus', focus);
  const query = params.toString().replaceAll('%3A', ':');
  const next = `${location.pathname}${query ? `?${query}` : ''}`;
  if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
}
