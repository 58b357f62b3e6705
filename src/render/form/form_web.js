/* coprod form: the co-production web, drawn with the geometry of
   src/render/web_svg.cpp and web_geometry.cpp (axes clockwise from the top,
   one decimal place), so its points are the ones `coprod web` draws for the
   same scores. Where the words go is not worked out here: the page's data
   carries the layout `coprod web` uses for this framework (framework.web,
   from render/form_web_layout.cpp): the picture's size, the plot's centre and
   radius, each section label's lines and place, or numbered axes with the
   titles listed under the plot when the titles do not fit beside it. On a
   narrow screen the axes are numbered in large type (the table beside names
   them), on a plot of radius 200 cut close. */
var CoprodWeb = (function () {
  var SVG = "http://www.w3.org/2000/svg";
  var COMPACT = { centre: [400, 340], radius: 200, viewBox: "90 60 620 560" };

  function num(value) {
    var text = value.toFixed(1);
    return text === "-0.0" ? "0.0" : text;
  }

  function angle(axis, count) { return -Math.PI / 2 + 2 * Math.PI * axis / count; }

  // plot: { centre: [x, y], radius }.
  function point(plot, axis, count, score, max) {
    var fraction = score / max;
    var a = angle(axis, count);
    return { x: plot.centre[0] + plot.radius * fraction * Math.cos(a), y: plot.centre[1] + plot.radius * fraction * Math.sin(a) };
  }

  function pointsAttribute(plot, axes, values, max) {
    return axes.map(function (axis) {
      var p = point(plot, axis, values.length, values[axis], max);
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

  function grid(svg, plot, count, max) {
    var group = element("g", { "class": "grid", fill: "none", stroke: "#949494", "stroke-width": "1" }, svg);
    var all = [];
    for (var axis = 0; axis < count; axis++) all.push(axis);
    for (var ring = 1; ring <= max; ring++) {
      element("polygon", { points: pointsAttribute(plot, all, all.map(function () { return ring; }), max) }, group);
    }
    all.forEach(function (axis) {
      var end = point(plot, axis, count, max, max);
      element("line", { x1: num(plot.centre[0]), y1: num(plot.centre[1]), x2: num(end.x), y2: num(end.y) }, group);
    });
  }

  // The numbers up the first axis, drawn after the shape and with a white
  // halo, so the lines and markers that cross them never hide them.
  function scale(svg, plot, count, max) {
    var group = element("g", { "class": "scale", "font-size": "13", fill: "#333333", stroke: "#ffffff", "stroke-width": "3",
                               "stroke-linejoin": "round", "paint-order": "stroke" }, svg);
    for (var r = 0; r <= max; r++) {
      var p = point(plot, 0, count, r, max);
      text(group, { x: num(p.x - 6), y: num(p.y + 4), "text-anchor": "end" }, String(r));
    }
  }

  // One block of words as render/web_svg.cpp's text_element() writes it: a line to each tspan.
  function textBlock(parent, block, attributes) {
    attributes.x = num(block.x);
    attributes.y = num(block.y);
    attributes["text-anchor"] = block.anchor;
    var node = text(parent, attributes, "");
    block.lines.forEach(function (line, i) {
      var span = element("tspan", { x: num(block.x), dy: i === 0 ? "0" : num(block.line_height) }, node);
      span.textContent = line;
    });
    return node;
  }

  // Each section's label (or key) where `coprod web` puts it, and under numbered axes each key's title.
  function axisLabels(svg, layout) {
    var group = element("g", { "class": "axis-labels", "font-size": "14", fill: "#1a1a1a" }, svg);
    layout.axis_labels.forEach(function (block) { textBlock(group, block, {}); });
    if (!layout.numbered_axes) return;
    var key = element("g", { "class": "section-key", "font-size": "13", fill: "#1a1a1a" }, svg);
    layout.section_key.forEach(function (block) { textBlock(key, block, {}); });
  }

  // Large keys at the ends of the axes, for a narrow screen.
  function compactKeys(svg, plot, sections, max) {
    var group = element("g", { "class": "axis-labels", "font-size": "30", "font-weight": "bold", fill: "#1a1a1a" }, svg);
    var count = sections.length;
    sections.forEach(function (section, axis) {
      var a = angle(axis, count), dx = Math.cos(a), dy = Math.sin(a);
      var anchor = point(plot, axis, count, max * 1.08, max);
      var y = anchor.y + 5 + (dy > 0.3 ? 8 : 0);
      text(group, { x: num(anchor.x), y: num(y), "text-anchor": dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle" },
           section.key);
    });
  }

  function series(svg, plot, values, max, compact) {
    var group = element("g", { "class": "series", "data-series": "current" }, svg);
    var s = shape(values);
    var colour = "#005A9C";  // the first series' colour of the pack's web (render/web_style.hpp)
    if (s.closed) {
      element("polygon", { "class": "fill", points: pointsAttribute(plot, s.runs[0], values, max), fill: colour,
                           "fill-opacity": "0.12", stroke: "none" }, group);
    }
    var lines = element("g", { fill: "none", stroke: colour, "stroke-width": "2.5", "stroke-linejoin": "round" }, group);
    s.runs.forEach(function (run) {
      element(s.closed ? "polygon" : "polyline", { "class": "shape", points: pointsAttribute(plot, run, values, max) }, lines);
    });
    // Each value with a white halo, as `coprod web` draws it, so the lines it sits on or beside do not cross it.
    var labels = element("g", { "class": "values", "font-size": compact ? "22" : "15", "font-weight": "bold",
                                fill: "#1a1a1a", stroke: "#ffffff", "stroke-width": "3", "stroke-linejoin": "round",
                                "paint-order": "stroke" }, svg);
    values.forEach(function (value, axis) {
      if (value === null) return;
      var p = point(plot, axis, values.length, value, max);
      element("circle", { cx: num(p.x), cy: num(p.y), r: "5", fill: colour }, group);
      var a = angle(axis, values.length);
      text(labels, { x: num(p.x + 16 * Math.cos(a + 1.2)), y: num(p.y + 16 * Math.sin(a + 1.2) + 4), "text-anchor": "middle" },
           value.toFixed(1));
    });
  }

  // values: per section, the score shown (one decimal place) or null. options.layout: framework.web.
  function render(container, options) {
    var count = options.sections.length, max = options.max, layout = options.layout;
    var compact = container.clientWidth > 0 && container.clientWidth < 560;
    var plot = compact ? COMPACT : layout;
    // Named by its title and described by the scores once: not both as its name, which a screen reader would
    // then read twice.
    var svg = element("svg", { viewBox: compact ? COMPACT.viewBox : "0 0 " + layout.width + " " + layout.height,
                               role: "img", "aria-labelledby": "web-title", "aria-describedby": "web-desc",
                               "font-family": "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif" });
    var title = element("title", { id: "web-title" }, svg);
    title.textContent = options.title;
    var desc = element("desc", { id: "web-desc" }, svg);
    desc.textContent = options.description;
    element("rect", { width: "100%", height: "100%", fill: "#ffffff" }, svg);
    grid(svg, plot, count, max);
    if (compact) compactKeys(svg, plot, options.sections, max);
    else axisLabels(svg, layout);
    if (options.values.some(function (v) { return v !== null; })) series(svg, plot, options.values, max, compact);
    scale(svg, plot, count, max);
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(svg);
  }

  return { render: render, shape: shape };
})();
