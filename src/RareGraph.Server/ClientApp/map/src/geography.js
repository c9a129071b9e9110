// Where each jurisdiction sits: its ISO 3166-1 numeric code (world-atlas names shapes by it) and a point inside it
// (longitude, latitude) that anchors its node in the network and its marker on the map. Bodies without a territory
// get the seat of the body.
export const countries = {
  AD: ['020', 1.6, 42.5], AL: ['008', 20.0, 41.1], AM: ['051', 44.9, 40.2], AT: ['040', 14.6, 47.6], AZ: ['031', 47.6, 40.3],
  BA: ['070', 17.8, 44.2], BE: ['056', 4.6, 50.6], BG: ['100', 25.3, 42.7], BY: ['112', 28.0, 53.6], CA: ['124', -75.7, 45.4],
  CH: ['756', 8.2, 46.8], CY: ['196', 33.2, 35.0], CZ: ['203', 15.3, 49.8], DE: ['276', 10.4, 51.1], DK: ['208', 9.3, 56.0],
  EE: ['233', 25.0, 58.7], ES: ['724', -3.6, 40.2], FI: ['246', 26.0, 62.5], FR: ['250', 2.4, 46.6], GB: ['826', -1.9, 52.8],
  GE: ['268', 43.5, 42.2], GR: ['300', 22.0, 39.3], HR: ['191', 16.0, 45.4], HU: ['348', 19.4, 47.2], IE: ['372', -8.1, 53.3],
  IS: ['352', -18.6, 64.9], IT: ['380', 12.6, 42.8], KG: ['417', 74.6, 41.4], KZ: ['398', 67.3, 48.2], LI: ['438', 9.55, 47.15],
  LT: ['440', 23.9, 55.3], LU: ['442', 6.1, 49.8], LV: ['428', 24.9, 56.9], MC: ['492', 7.42, 43.74], MD: ['498', 28.5, 47.2],
  ME: ['499', 19.3, 42.8], MK: ['807', 21.7, 41.6], MT: ['470', 14.4, 35.9], NL: ['528', 5.6, 52.2], NO: ['578', 9.0, 61.0],
  PL: ['616', 19.4, 52.1], PT: ['620', -8.2, 39.6], RO: ['642', 25.0, 45.9], RS: ['688', 20.8, 44.1], RU: ['643', 40.0, 56.0],
  SE: ['752', 15.3, 60.6], SI: ['705', 14.9, 46.1], SK: ['703', 19.5, 48.7], SM: ['674', 12.46, 43.94], TR: ['792', 32.8, 39.1],
  UA: ['804', 31.3, 49.0], US: ['840', -77.0, 38.9], XK: [null, 20.9, 42.6], VA: ['336', 12.45, 41.9], UZ: ['860', 64.6, 41.4],
  TJ: ['762', 71.3, 38.9], TM: ['795', 59.0, 39.0], IL: ['376', 35.0, 31.4], EG: ['818', 30.8, 26.8], TN: ['788', 9.5, 34.0],
  MA: ['504', -6.8, 31.8], DZ: ['012', 3.0, 28.0], LB: ['422', 35.9, 33.9], JO: ['400', 36.2, 30.6], SY: ['760', 38.5, 35.0],
};

/** Seats of bodies that are not countries, by code; unknown bodies go to the sea west of Portugal. */
export const bodies = {
  EU: [4.37, 50.84], COE: [7.77, 48.6], OSCE: [16.37, 48.21], INT: [-14, 47], UN: [6.14, 46.2],
};

/** [longitude, latitude] for a jurisdiction code. */
export function anchorOf(code) {
  if (countries[code]) return [countries[code][1], countries[code][2]];
  if (bodies[code]) return bodies[code];
  return [-18, 44];
}

/** The world-atlas numeric id for a code, or null. */
export function numericOf(code) {
  return countries[code]?.[0] ?? null;
}

/** Kosovo has no ISO numeric code; world-atlas leaves its id empty and names it. */
export const shapesByName = { Kosovo: 'XK' };
