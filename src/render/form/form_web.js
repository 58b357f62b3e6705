/* coprod form: the co-production web, drawn with the geometry of
   src/render/web_svg.cpp and web_geometry.cpp (800 wide, radius 200, axes
   clockwise from the top, one decimal place), so its points are the ones
   `coprod web` draws for the same scores. */
var CoprodWeb = (function () {
  var SVG = "http://www.w3.org/2000/svg";
  var CENTRE_X = 400, CENTRE_Y = 340, RADIUS = 200, MAX_TITLED_AXES = 9;

  function num(value) {
    var text = value.toFixed(1);
    return text === "-0.0" ? "0.0" : text;
  }

  function angle(axis, count) { return -Math.PI / 2 + 2 * Math.PI * axis / count; }

  function point(axis, count, score, max) {
    var fraction = score / max;
    var a = angle(axis, count);
    return { x: CENTRE_X + RADIUS * fraction * Math.cos(a), y: CENTRE_Y + RADIUS * fraction * Math.sin(a) };
  }

  function pointsAttribute(axes, values, max) {
    return axes.map(function (axis) {
      var p = point(axis, values.length, values[axis], max);
      return num(p.x) + "," + num(p.y);
    }).join(" ");
  }

  // web_shape() of web_geometry.cpp: one closed polygon, or runs between gaps.
  function shape(values) {
    var count = values.length;
    var firstGap = -1;
    for (var i = 0; i < count; i++) if (values[i] === null) { firstGap = i; break; }
    if (firstGap < 0) return { closed: count > 0, runs: [values.map(function (v, index) { return index; })] };
    var runs = [], run = [];
    for (var step = 1; step <= count; step++) {
      var axis = (firstGap + step) % count;
      if (values[axis] !== null) run.push(axis);
      else if (run.length) { runs.push(run); run = []; }
    }
    if (run.length) runs.push(run);
    return { closed: false, runs: runs };
  }

  function element(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, attributes, content) {
    var node = element("text", attributes, parent);
    node.textContent = content;
    return node;
  }

  function grid(svg, count, max) {
    var group = element("g", { "class": "grid", fill: "none", stroke: "#949494", "stroke-width": "1" }, svg);
    var all = [];
    for (var axis = 0; axis < count; axis++) all.push(axis);
    for (var ring = 1; ring <= max; ring++) {
      element("polygon", { points: pointsAttribute(all, all.map(function () { return ring; }), max) }, group);
    }
    all.forEach(function (axis) {
      var end = point(axis, count, max, max);
      element("line", { x1: num(CENTRE_X), y1: num(CENTRE_Y), x2: num(end.x), y2: num(end.y) }, group);
    });
  }

  // The numbers up the first axis, drawn after the shape and with a white
  // halo, so the lines and markers that cross them never hide them.
  function scale(svg, count, max) {
    var group = element("g", { "class": "scale", "font-size": "13", fill: "#333333", stroke: "#ffffff", "stroke-width": "3",
                               "stroke-linejoin": "round", "paint-order": "stroke" }, svg);
    for (var r = 0; r <= max; r++) {
      var p = point(0, count, r, max);
      text(group, { x: num(p.x - 6), y: num(p.y + 4), "text-anchor": "end" }, String(r));
    }
  }

  function axisLabels(svg, sections, max, wrap, compact) {
    var group = element("g", { "font-size": compact ? "30" : "16", "font-weight": compact ? "bold" : "normal", fill: "#1a1a1a" }, svg);
    var count = sections.length;
    sections.forEach(function (section, axis) {
      var a = angle(axis, count), dx = Math.cos(a), dy = Math.sin(a);
      var anchor = point(axis, count, max * 1.08, max);
      var lines = compact || count > MAX_TITLED_AXES ? [section.key] : wrap(section.label, 22);
      var y = anchor.y + 5;
      if (dy < -0.3) y -= 17 * (lines.length - 1);
      else if (Math.abs(dy) <= 0.3) y -= 17 * (lines.length - 1) / 2;
      else y += 8;
      var label = text(group, { x: num(anchor.x), y: num(y), "text-anchor": dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle" }, "");
      lines.forEach(function (line, i) {
        var span = element("tspan", { x: num(anchor.x), dy: i === 0 ? "0" : "17.0" }, label);
        span.textContent = line;
      });
    });
  }

  function series(svg, values, max, compact) {
    var group = element("g", { "class": "series", "data-series": "current" }, svg);
    var s = shape(values);
    var colour = "#005A9C";  // the first series' colour of the pack's web (render/web_style.hpp)
    if (s.closed) {
      element("polygon", { "class": "fill", points: pointsAttribute(s.runs[0], values, max), fill: colour,
                           "fill-opacity": "0.12", stroke: "none" }, group);
    }
    var lines = element("g", { fill: "none", stroke: colour, "stroke-width": "2.5", "stroke-linejoin": "round" }, group);
    s.runs.forEach(function (run) {
      element(s.closed ? "polygon" : "polyline", { "class": "shape", points: pointsAttribute(run, values, max) }, lines);
    });
    // Each value with a white halo, as `coprod web` draws it, so the lines it sits on or beside do not cross it.
    var labels = element("g", { "class": "values", "font-size": compact ? "22" : "15", "font-weight": "bold",
                                fill: "#1a1a1a", stroke: "#ffffff", "stroke-width": "3", "stroke-linejoin": "round",
                                "paint-order": "stroke" }, svg);
    values.forEach(function (value, axis) {
      if (value === null) return;
      var p = point(axis, values.length, value, max);
      element("circle", { cx: num(p.x), cy: num(p.y), r: "5", fill: colour }, group);
      var a = angle(axis, values.length);
      text(labels, { x: num(p.x + 16 * Math.cos(a + 1.2)), y: num(p.y + 16 * Math.sin(a + 1.2) + 4), "text-anchor": "middle" },
           value.toFixed(1));
    });
  }

  // values: per section, the score shown (one decimal place) or null. On a
  // narrow screen the axes are labelled by number (the table beside names them).
  function render(container, options) {
    var count = options.sections.length, max = options.max;
    var compact = container.clientWidth > 0 && container.clientWidth < 560;
    // Named by its title and described by the scores once: not both as its name, which a screen reader would
    // then read twice.
    var svg = element("svg", { viewBox: compact ? "90 60 620 560" : "0 70 800 570", role: "img",
                               "aria-labelledby": "web-title", "aria-describedby": "web-desc",
                               "font-family": "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif" });
    var title = element("title", { id: "web-title" }, svg);
    title.textContent = options.title;
    var desc = element("desc", { id: "web-desc" }, svg);
    desc.textContent = options.description;
    element("rect", { width: "100%", height: "100%", fill: "#ffffff" }, svg);
    grid(svg, count, max);
    axisLabels(svg, options.sections, max, options.wrap, compact);
    if (options.values.some(function (v) { return v !== null; })) series(svg, options.values, max, compact);
    scale(svg, count, max);
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(svg);
  }

  return { render: render, shape: shape };
})();
