// The one projection of Europe shared by the map and by the network's geographic starting positions.
import { geoConicConformal } from 'd3-geo';

/** Europe and its neighbourhood, as a GeoJSON polygon to fit the projection to. */
export const europeExtent = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [[[-24, 34], [-24, 71], [45, 71], [45, 34], [-24, 34]]],
  },
};

export function europeProjection(width, height, padding = 4) {
  return geoConicConformal()
    .rotate([-12, 0])
    .parallels([40, 62])
    .fitExtent([[padding, padding], [width - padding, height - padding]], europeExtent)
    .clipExtent([[0, 0], [width, height]]);
}
