// Node labels that never overlap. Sigma's label grid keeps about one label per grid cell, but a long organisation name
// runs across the next cells and over its neighbours' names (at phone width most of them collided). Here each frame
// keeps the rectangles of the labels drawn so far and skips a label that would cover one; labels sigma is forced to
// show (the selected node, the highlighted path, the event's country) reserve their place first, so they always win.
// A label that would run off the right edge is drawn on the node's left instead, or shortened when neither side fits.

const gap = 5;
const plate = 'rgba(11, 18, 32, 0.78)';
const margin = 2;

function overlaps(a, b) {
  return a.x - 3 < b.x + b.width + 3 && b.x - 3 < a.x + a.width + 3 && a.y < b.y + b.height && b.y < a.y + a.height;
}

function placement(context, data, settings, stageWidth) {
  const fontSize = settings.labelSize;
  context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  let text = data.label;
  let width = context.measureText(text).width;
  const right = data.x + data.size + gap;
  const left = data.x - data.size - gap - width;
  if (right + width <= stageWidth || left < 0) {
    // Too long for either side: shorten it to what fits on the right.
    while (right + width > stageWidth && text.length > 4) {
      text = `${text.slice(0, -2)}…`;
      width = context.measureText(text).width;
    }
    return { x: right, y: data.y - fontSize / 2 - margin, width, height: fontSize + margin * 2, textY: data.y + fontSize / 3, text };
  }
  return { x: left, y: data.y - fontSize / 2 - margin, width, height: fontSize + margin * 2, textY: data.y + fontSize / 3, text };
}

/**
 * Installs the overlap-free label drawing on a sigma renderer. It relies on sigma 3's renderLabels, nodesWithForcedLabels,
 * nodeDataCache, framedGraphToViewport and scaleSize; without them it still avoids overlaps, with no reservations.
 */
export function drawLabelsWithoutOverlap(renderer) {
  const taken = [];
  const reserved = new Set();
  const stageWidth = () => renderer.getDimensions().width;
  const renderLabels = renderer.renderLabels.bind(renderer);
  renderer.renderLabels = () => {
    taken.length = 0;
    reserved.clear();
    const context = renderer.getCanvases().labels?.getContext('2d');
    for (const node of renderer.nodesWithForcedLabels ?? []) {
      const data = renderer.nodeDataCache?.[node];
      if (!context || !data?.label || data.hidden) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      const box = placement(context, { ...data, x, y, size: renderer.scaleSize(data.size) }, renderer.getSettings(), stageWidth());
      taken.push(box);
      reserved.add(node);
    }
    return renderLabels();
  };
  renderer.setSetting('defaultDrawNodeLabel', (context, data, settings) => {
    if (!data.label) return;
    const box = placement(context, data, settings, stageWidth());
    if (!reserved.has(data.key)) {
      if (taken.some((other) => overlaps(box, other))) return;
      taken.push(box);
    }
    // A dark plate under the name keeps it readable over relationships and other nodes.
    context.fillStyle = plate;
    context.beginPath();
    context.roundRect(box.x - 3, box.y, box.width + 6, box.height, 3);
    context.fill();
    context.fillStyle = settings.labelColor.attribute ? data[settings.labelColor.attribute] || settings.labelColor.color : settings.labelColor.color;
    context.fillText(box.text, box.x, box.textY);
  });
}
