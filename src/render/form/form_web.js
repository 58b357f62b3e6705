/* coprod form: the co-production web, drawn with the geometry of
   src/render/web_svg.cpp and web_geometry.cpp (axes clockwise from the top,
   one decimal place), so its points are the ones `coprod web` draws for the
   same scores. Where the words go is not worked out here: the page's data
   carries the layout `coprod web` uses for this framework (framework.web,
   from render/form_web_layout.cpp): the picture's size, the plot's centre and
   radius, each section label's lines, place and room, or numbered axes with
   the titles listed under the plot when the titles do not fit beside it. The
   scores, which change with every click, are placed by form_web_values.js,
   clear of those labels, the scale and each other. On a narrow screen the
   axes are numbered (the table above names them) on a plot of radius 200 cut
   close, every word and number as large as the page's own, and no scores:
   at that size those round the centre would have no room (the table above
   gives them, and the caption says so). */
var CoprodWeb = (function () {
  var SVG = "http://www.w3.org/2000/svg";
  // On a narrow screen: a plot of radius 200 cut close, its words as large as the page's own at 320 px wide (a
  // 1280 px screen at 400% zoom), where the picture is 288 px across: 38 of its 620 units are 17.6 px.
  var COMPACT = { centre: [400, 340], radius: 200, viewBox: "90 55 620 580", textSize: 38,
                  keyAt: 1.25 };
  var SCALE_SIZE = 13, VALUE_SIZE = 15;

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

  // The numbers up the first axis, each just left of it: [{text, x, y (its baseline)}].
  function scaleNumbers(plot, count, max, size) {
    var numbers = [];
    for (var r = 0; r <= max; r++) {
      var p = point(plot, 0, count, r, max);
      numbers.push({ text: String(r), x: p.x - 6, y: p.y + 0.3 * size });
    }
    return numbers;
  }

  // With a white halo, so the lines and markers that cross them do not hide them (see render() for which is on top).
  function scale(svg, numbers, size) {
    var group = element("g", { "class": "scale", "font-size": String(size), fill: "#333333", stroke: "#ffffff",
                               "stroke-width": "3", "stroke-linejoin": "round", "paint-order": "stroke" }, svg);
    numbers.forEach(function (n) { text(group, { x: num(n.x), y: num(n.y), "text-anchor": "end" }, n.text); });
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

  // Large keys at the ends of the axes, for a narrow screen: far enough out that the top one clears the scale's
  // top number.
  function compactKeys(svg, plot, sections, max) {
    var group = element("g", { "class": "axis-labels", "font-size": String(COMPACT.textSize), "font-weight": "bold",
                               fill: "#1a1a1a" }, svg);
    var count = sections.length;
    sections.forEach(function (section, axis) {
      var a = angle(axis, count), dx = Math.cos(a), dy = Math.sin(a);
      var anchor = point(plot, axis, count, max * COMPACT.keyAt, max);
      var y = anchor.y + 0.3 * COMPACT.textSize + (dy > 0.3 ? 0.55 * COMPACT.textSize : 0);
      text(group, { x: num(anchor.x), y: num(y), "text-anchor": dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle" },
           section.key);
    });
  }

  // Each line of the shape, from point to point: [[from, to]].
  function shapeLines(plot, values, max) {
    var lines = [];
    var s = shape(values);
    s.runs.forEach(function (run) {
      var at = run.map(function (axis) { return point(plot, axis, values.length, values[axis], max); });
      for (var i = 1; i < at.length; i++) lines.push([at[i - 1], at[i]]);
      if (s.closed && at.length > 2) lines.push([at[at.length - 1], at[0]]);
    });
    return lines;
  }

  function series(svg, plot, values, max) {
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
    values.forEach(function (value, axis) {
      if (value === null) return;
      var p = point(plot, axis, values.length, value, max);
      element("circle", { cx: num(p.x), cy: num(p.y), r: "5", fill: colour }, group);
    });
  }

  // Each value where `coprod web` would put it (form_web_values.js), with a white halo, as `coprod web` draws it,
  // so the lines it sits on or beside do not cross it.
  function valueLabels(svg, plot, values, max, layout, scaleAt) {
    var count = values.length;
    var placed = CoprodWebValues.place({
      points: values.map(function (v, axis) { return v === null ? null : point(plot, axis, count, v, max); }),
      angles: values.map(function (v, axis) { return angle(axis, count); }),
      lines: shapeLines(plot, values, max),
      labels: layout.axis_label_boxes.map(function (b) {
        return { left: b[0], top: b[1], right: b[2], bottom: b[3] };
      }),
      scale: scaleAt, scaleSize: SCALE_SIZE, size: VALUE_SIZE,
      frame: { left: 0, top: 0, right: layout.width, bottom: layout.height }
    }, values);
    var group = element("g", { "class": "values", "font-size": String(VALUE_SIZE), "font-weight": "bold",
                               fill: "#1a1a1a", stroke: "#ffffff", "stroke-width": "3", "stroke-linejoin": "round",
                               "paint-order": "stroke" }, svg);
    placed.forEach(function (value) {
      text(group, { x: num(value.x), y: num(value.y), "text-anchor": "middle" }, value.text);
    });
  }

  // Whether the web is drawn for a narrow screen: not when the container has no width (not laid out, or for a
  // moment while a browser resizes its window), where the full layout is drawn.
  function isCompact(container) { return container.clientWidth > 0 && container.clientWidth < 560; }

  // values: per section, the score shown (one decimal place) or null. options.layout: framework.web.
  // On a narrow screen the web shows no scores (the table above it gives them in the page's own type): at a size
  // that can be read there, those near the centre would have no room.
  function render(container, options) {
    var count = options.sections.length, max = options.max, layout = options.layout;
    var compact = isCompact(container);
    var plot = compact ? COMPACT : layout;
    var scaleSize = compact ? COMPACT.textSize : SCALE_SIZE;
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
    var scaleAt = scaleNumbers(plot, count, max, scaleSize);
    // The scale over the shape, as `coprod web` draws it; on a narrow screen, where its numbers are as large as the
    // page's words and would hide the points round the centre, under it.
    if (compact) scale(svg, scaleAt, scaleSize);
    if (options.values.some(function (v) { return v !== null; })) {
      series(svg, plot, options.values, max);
      if (!compact) valueLabels(svg, plot, options.values, max, layout, scaleAt);
    }
    if (!compact) scale(svg, scaleAt, scaleSize);
    container.classList.toggle("compact", compact);
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(svg);
  }

  return { render: render, shape: shape, isCompact: isCompact };
})();
