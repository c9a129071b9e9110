// One palette for the network, the legend, the map and the timeline (chosen for contrast on the dark stage).
export const kindColors = {
  JURISDICTION: '#7c8ba1',
  NGO: '#34d399',
  GOVERNMENT: '#f87171',
  PARLIAMENT: '#fb923c',
  MULTILATERAL: '#60a5fa',
  ACADEMIC: '#c084fc',
  FUNDER: '#facc15',
  MEDIA: '#22d3ee',
  OTHER: '#a3a3a3',
  DEFENDER: '#f472b6',
};

export const categoryColors = {
  LEGISLATION: '#f87171',
  FUNDING_RESTRICTION: '#fb923c',
  JUDICIAL: '#facc15',
  RAID: '#e879f9',
  SLAPP: '#c084fc',
  SMEAR_CAMPAIGN: '#f472b6',
  SURVEILLANCE: '#60a5fa',
  PHYSICAL_ATTACK: '#ef4444',
  OTHER: '#a3a3a3',
};

export const polarityColors = { RESTRICTIVE: '#f87171', PROTECTIVE: '#34d399' };

export const dimNode = '#2b3648';
export const dimEdge = 'rgba(120, 140, 170, 0.07)';
export const pathColor = '#fde047';
export const appearedColor = '#4ade80';
export const endedColor = '#f87171';

/** Heat from a score in [0, 1]: pale yellow through orange to deep red. */
export function heat(score) {
  const t = Math.max(0, Math.min(1, score));
  const stops = [[254, 240, 138], [251, 146, 60], [239, 68, 68], [190, 18, 60]];
  const scaled = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const [r, g, b] = stops[i].map((v, k) => Math.round(v + (stops[i + 1][k] - v) * f));
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * Black or white, whichever reads better on `background` (an rgb() colour): with pure black and white one of the two
 * always reaches WCAG AA's 4.5:1, whatever the heat colour behind a score.
 */
export function inkOn(background) {
  const [r, g, b] = (background.match(/\d+/g) ?? [0, 0, 0]).map(Number);
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

export function edgeColor(type) {
  switch (type) {
    case 'BASED_IN': return 'rgba(148, 163, 184, 0.12)';
    case 'OPERATES_IN': return 'rgba(148, 163, 184, 0.18)';
    case 'GOVERNS': return 'rgba(248, 113, 113, 0.35)';
    case 'INFLUENCES': return 'rgba(251, 146, 60, 0.4)';
    case 'FUNDED_BY': return 'rgba(250, 204, 21, 0.35)';
    case 'ADVOCATES_TO': return 'rgba(96, 165, 250, 0.35)';
    default: return 'rgba(52, 211, 153, 0.35)';
  }
}
