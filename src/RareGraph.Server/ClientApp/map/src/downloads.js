// Taking the view away: the network as PNG or SVG (drawn from what is on screen), the impact list as CSV through the
// server's export endpoint, which honours the caller's role.
import { fetchFile } from './api.js';
import { showToast } from './toasts.js';
import { strings } from './strings.js';

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function stamp(state) {
  return `${state.threatKey ? state.threatKey.replace(/[^a-z0-9-]+/gi, '-') : 'network'}-${state.asOf}`;
}

export function downloadPng(network) {
  if (!network.renderer) return;
  const canvas = network.snapshotCanvas();
  canvas.toBlob((blob) => save(blob, `raregraph-${stamp(network.state)}.png`), 'image/png');
}

export function downloadSvg(network) {
  if (!network.renderer) return;
  save(new Blob([network.snapshotSvg()], { type: 'image/svg+xml' }), `raregraph-${stamp(network.state)}.svg`);
}

export async function downloadImpactCsv(state) {
  if (!state.threatKey) return;
  const params = new URLSearchParams({ threat: state.threatKey });
  if (state.atExplicit) params.set('at', state.asOf);
  if (state.filters.minConfidence > 0) params.set('minConfidence', String(state.filters.minConfidence));
  // The server writes the list (GET /export/impact.csv), honouring the caller's role; the page never builds it.
  const file = await fetchFile(`export/impact.csv?${params}`);
  if (!file) {
    showToast(strings.csvUnavailable);
    return;
  }
  save(file, `impact-${stamp(state)}.csv`);
}
