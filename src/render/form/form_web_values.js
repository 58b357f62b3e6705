/* coprod form: where each section's score goes on the co-production web, by
   the rule of src/render/web_numbers.cpp (`coprod web`): beside its point,
   first just clockwise of it, then anticlockwise, straight out, further round,
   inwards, 16 to 40 px away, at the first place that covers no section label,
   scale number, marker or other score and crosses no line, else the one that
   covers fewest and crosses fewest. Where every one of those places covers
   something (low scores crowd round the centre), the score goes further out,
   straight along its axis where it can, else a little to one side, to the
   nearest place that covers nothing, so no score is ever printed on another
   or on a scale number and each still lies the way of its own axis. Points
   at the same place (every score of 0 is the centre) share one score. Text is
   measured as render/text_metrics.cpp measures it: DejaVu Sans's advance
   widths. */
var CoprodWebValues = (function () {
  var ASCENT = 0.93, DESCENT = 0.24;  // of DejaVu Sans, in ems: the box a browser gives a line of text
  var BOLD_DIGIT = 0.696, BOLD_STOP = 0.38, DIGIT = 0.636, SAFETY = 1.12;
  var HALO = 1.5;  // half the white stroke behind each number
  var MARKER_HALF = 6;
  var NEAR = [16, 24, 32, 40];  // `coprod web`'s distances from a point to its score
  var FURTHER_STEP = 8;
  var TURNS = [1.2, -1.2, 0, 2.2, -2.2, Math.PI];
  var FURTHER_TURNS = [0, 0.35, -0.35, 0.7, -0.7];

  // The room a line of text takes, its baseline at y, with its white halo round it (which also covers a browser
  // rounding the line's height to whole pixels on screen): {left, top, right, bottom}.
  function textBox(x, y, width, size, anchor) {
    var left = anchor === "end" ? x - width : anchor === "middle" ? x - width / 2 : x;
    return { left: left - HALO, top: y - ASCENT * size - HALO, right: left + width + HALO,
             bottom: y + DESCENT * size + HALO };
  }

  function scoreWidth(text, size) {
    var ems = 0;
    for (var i = 0; i < text.length; i++) ems += text[i] === "." ? BOLD_STOP : BOLD_DIGIT;
    return ems * size * SAFETY;
  }

  function scaleWidth(text, size) { return text.length * DIGIT * size * SAFETY; }

  function overlaps(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }

  function inside(box, frame) {
    return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
  }

  // Whether any part of the segment lies inside the box (Liang-Barsky clipping), as web_numbers.cpp's crosses().
  function crosses(segment, box) {
    var dx = segment[1].x - segment[0].x, dy = segment[1].y - segment[0].y;
    var p = [-dx, dx, -dy, dy];
    var q = [segment[0].x - box.left, box.right - segment[0].x, segment[0].y - box.top, box.bottom - segment[0].y];
    var enter = 0, leave = 1;
    for (var i = 0; i < 4; i++) {
      if (p[i] === 0) {
        if (q[i] < 0) return false;
        continue;
      }
      var t = q[i] / p[i];
      if (p[i] < 0) enter = Math.max(enter, t);
      else leave = Math.min(leave, t);
    }
    return enter <= leave;
  }

  function samePoint(a, b) { return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5; }

  // A score centred on c: where its text is anchored and the room it takes.
  function candidate(text, c, size) {
    var baseline = c.y + (ASCENT - DESCENT) * size / 2;
    return { text: text, x: c.x, y: baseline, box: textBox(c.x, baseline, scoreWidth(text, size), size, "middle") };
  }

  function cost(place, clearOf, lines, frame) {
    var covered = clearOf.filter(function (b) { return overlaps(place.box, b); }).length;
    var boxes = covered + (inside(place.box, frame) ? 0 : 1);
    var crossed = lines.filter(function (l) { return crosses(l, place.box); }).length;
    return { boxes: boxes, total: 100 * boxes + crossed };
  }

  // The best of the places round the point at these distances: {place, boxes, total}.
  function bestAt(text, point, angle, distances, turns, size, clearOf, lines, frame) {
    var best = null;
    distances.forEach(function (distance) {
      turns.forEach(function (turn) {
        if (best && best.total === 0) return;
        var at = { x: point.x + distance * Math.cos(angle + turn), y: point.y + distance * Math.sin(angle + turn) };
        var place = candidate(text, at, size);
        var c = cost(place, clearOf, lines, frame);
        if (!best || c.total < best.total) best = { place: place, boxes: c.boxes, total: c.total };
      });
    });
    return best;
  }

  function placeOne(text, point, angle, size, clearOf, lines, frame) {
    var best = bestAt(text, point, angle, NEAR, TURNS, size, clearOf, lines, frame);
    var furthest = Math.max(frame.right - frame.left, frame.bottom - frame.top);
    var distance = NEAR[NEAR.length - 1] + FURTHER_STEP;
    for (; best.boxes > 0 && distance < furthest; distance += FURTHER_STEP) {
      var further = bestAt(text, point, angle, [distance], FURTHER_TURNS, size, clearOf, lines, frame);
      if (further.boxes === 0) best = further;
    }
    return best.place;
  }

  // The scale's numbers where form_web.js draws them: each beside the first axis, anchored at its end.
  function scaleBoxes(scale, size) {
    return scale.map(function (n) { return textBox(n.x, n.y, scaleWidth(n.text, size), size, "end"); });
  }

  // web: { points (per axis, {x, y} or null), angles, lines ([[from, to]]), labels (boxes), scale ([{text, x, y}]),
  //        scaleSize, size, frame }. Returns [{text, x, y, box}], one for each point scored (and one per place).
  function place(web, values) {
    var taken = web.labels.concat(scaleBoxes(web.scale, web.scaleSize));
    var placed = [];
    values.forEach(function (value, axis) {
      var point = web.points[axis];
      if (value === null || placed.some(function (p) { return samePoint(p.point, point); })) return;
      var markers = web.points.filter(function (p) { return p && !samePoint(p, point); }).map(function (p) {
        return { left: p.x - MARKER_HALF, top: p.y - MARKER_HALF, right: p.x + MARKER_HALF, bottom: p.y + MARKER_HALF };
      });
      var clearOf = taken.concat(markers, placed.map(function (p) { return p.box; }));
      var one = placeOne(value.toFixed(1), point, web.angles[axis], web.size, clearOf, web.lines, web.frame);
      one.point = point;
      placed.push(one);
    });
    return placed;
  }

  return { place: place, textBox: textBox };
})();
