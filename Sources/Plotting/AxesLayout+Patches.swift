/// Drawing bars, bands, error bars, reference lines and per-point scatter markers.
extension AxesLayout {
    /// A data value's unit position for a bar's edge, kept just outside the box when it lies
    /// beyond it (the clip path trims the rest, and an axis-aligned edge cannot bend). A value
    /// with no place on a log axis (a base of 0) lies below the view: bars rise from the axis'
    /// low end. nil for NaN.
    private func barUnit(_ value: Double, _ map: AxisMap) -> Double? {
        guard !value.isNaN else { return nil }
        let lowEnd = map.upper >= map.lower ? -0.05 : 1.05
        guard let unit = map.unit(value) else { return value == .infinity ? 1 - lowEnd : lowEnd }
        return min(max(unit, -0.05), 1.05)
    }

    func drawPatch(_ patch: Patch, id: String, to svg: inout SVGWriter) {
        svg.raw("<g")
        svg.attribute("id", id)
        svg.attribute("fill", patch.color.css)
        if patch.alpha < 1 { svg.attribute("fill-opacity", patch.alpha) }
        // Without it, antialiasing leaves a faint seam where two bars of a histogram meet.
        if case .bars = patch.shape { svg.raw(" shape-rendering=\"crispEdges\"") }
        svg.raw(">\n")
        switch patch.shape {
        case .bars(let rects, _):
            for rect in rects { drawBar(rect, to: &svg) }
        case .band(let x, let y1, let y2):
            drawBand(x: x, y1: y1, y2: y2, to: &svg)
        }
        svg.raw("</g>\n")
    }

    private func drawBar(_ rect: BarRect, to svg: inout SVGWriter) {
        guard let ux0 = barUnit(rect.x0, xMap), let ux1 = barUnit(rect.x1, xMap),
              let uy0 = barUnit(rect.y0, yMap), let uy1 = barUnit(rect.y1, yMap) else { return }
        // Rounded to the hundredths the SVG prints before the width is taken, so that
        // neighbouring bars share their edge exactly.
        let x0 = SVGWriter.rounded(xMap.page(ux0)), x1 = SVGWriter.rounded(xMap.page(ux1))
        let y0 = SVGWriter.rounded(yMap.page(uy0)), y1 = SVGWriter.rounded(yMap.page(uy1))
        guard x0 != x1, y0 != y1 else { return }
        svg.raw("<rect")
        svg.attribute("x", min(x0, x1) / 100)
        svg.attribute("y", min(y0, y1) / 100)
        svg.attribute("width", abs(x1 - x0) / 100)
        svg.attribute("height", abs(y1 - y0) / 100)
        svg.raw("/>\n")
    }

    /// One closed polygon per run of drawable points: along y1, then back along y2.
    private func drawBand(x: [Double], y1: [Double], y2: [Double], to svg: inout SVGWriter) {
        var runs: [[(x: Double, low: Double, high: Double)]] = [[]]
        for index in x.indices {
            if let px = xMap.position(x[index]), let p1 = yMap.position(y1[index]), let p2 = yMap.position(y2[index]) {
                runs[runs.count - 1].append((px, p1, p2))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        let drawable = runs.filter { $0.count >= 2 }
        guard !drawable.isEmpty else { return }
        svg.raw("<path d=\"")
        for run in drawable {
            svg.moveTo(run[0].x, run[0].low)
            for point in run.dropFirst() { svg.lineTo(point.x, point.low) }
            for point in run.reversed() { svg.lineTo(point.x, point.high) }
            svg.byte(0x5A)  // Z
        }
        svg.raw("\"/>\n")
    }

    /// Vertical bars from y − e to y + e, in the series' colour and width, under its line.
    func drawErrorBars(_ series: Series, errors: [Double], to svg: inout SVGWriter) {
        svg.raw("<path fill=\"none\"")
        svg.attribute("stroke", series.color.css)
        svg.attribute("stroke-width", series.lineWidth)
        svg.raw(" d=\"")
        for (index, error) in errors.enumerated() where index < series.x.count {
            let y = series.y[index]
            guard error.isFinite, let px = xMap.position(series.x[index]), y.isFinite,
                  let low = barUnit(y - error, yMap), let high = barUnit(y + error, yMap) else { continue }
            svg.moveTo(px, yMap.page(low))
            svg.byte(0x56)  // V
            svg.number(yMap.page(high))
        }
        svg.raw("\"/>\n")
    }

    /// Markers one by one where sizes or colours vary, a path per run of equal ones.
    func drawVaryingMarkers(_ series: Series, _ geometry: SeriesGeometry, to svg: inout SVGWriter) {
        var start = 0
        let points = geometry.points, indices = geometry.pointIndices
        while start < points.count {
            func style(_ position: Int) -> (Color, Double) {
                let index = indices[position]
                return (series.pointColors?[index] ?? series.color, series.pointSizes?[index] ?? series.markerSize)
            }
            let (color, size) = style(start)
            var end = start + 1
            while end < points.count, style(end) == (color, size) { end += 1 }
            var run = series
            run.color = color
            if size > 0 {
                SeriesStyle.openMarkers(run, to: &svg)
                svg.raw(" d=\"")
                for point in points[start..<end] { series.marker.appendPath(at: point, size: size, to: &svg) }
                svg.raw("\"/>\n")
            }
            start = end
        }
    }

    func drawReferenceLine(_ line: ReferenceLine, id: String, to svg: inout SVGWriter) {
        let map = line.horizontal ? yMap : xMap
        guard line.style != .none, let position = map.position(line.value) else { return }
        svg.raw("<g")
        svg.attribute("id", id)
        svg.raw(">\n")
        SeriesStyle.openLine(line.legendSeries, to: &svg)
        svg.raw(" d=\"")
        if line.horizontal {
            svg.moveTo(box.x, position)
            svg.byte(0x48)  // H
            svg.number(box.right)
        } else {
            svg.moveTo(position, box.bottom)
            svg.byte(0x56)  // V
            svg.number(box.y)
        }
        svg.raw("\"/>\n</g>\n")
    }

    /// What bars and bands cover, for the legend to avoid (vertices of a band as points).
    var patchObstacles: [Rect] {
        var result: [Rect] = []
        for patch in axes.patches {
            switch patch.shape {
            case .bars(let rects, _):
                for rect in rects {
                    guard let x0 = xMap.position(rect.x0) ?? xMap.position(xMap.lower),
                          let x1 = xMap.position(rect.x1),
                          let y0 = yMap.position(rect.y0) ?? yMap.position(yMap.lower),
                          let y1 = yMap.position(rect.y1) else { continue }
                    result.append(Rect(x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0)))
                }
            case .band(let x, let y1, let y2):
                for index in x.indices {
                    guard let px = xMap.position(x[index]) else { continue }
                    for y in [y1[index], y2[index]] {
                        if let py = yMap.position(y) { result.append(Rect(x: px, y: py, width: 0, height: 0)) }
                    }
                }
            }
        }
        return result
    }
}

extension AxesLayout {
    /// matplotlib's `arrowstyle='->'`: a line from the edge of the text's box to 2 pt short
    /// of the point, with an open head of two strokes.
    func drawArrow(from bounds: Rect, to target: Point, color: Color, to svg: inout SVGWriter) {
        let centre = Point(x: bounds.centerX, y: bounds.centerY)
        let dx = target.x - centre.x, dy = target.y - centre.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        // Leave the text's box (padded 2 pt) where the line towards the target crosses it.
        let halfWidth = bounds.width / 2 + 2, halfHeight = bounds.height / 2 + 2
        let exit = min(dx == 0 ? .infinity : halfWidth / abs(dx), dy == 0 ? .infinity : halfHeight / abs(dy))
        let shrink = 2 / length
        guard exit < 1 - shrink else { return }
        let start = Point(x: centre.x + exit * dx, y: centre.y + exit * dy)
        let end = Point(x: target.x - shrink * dx, y: target.y - shrink * dy)
        let ux = dx / length, uy = dy / length
        // The head: two strokes 6 pt long, opening ±22° from the shaft.
        let headLength = 6.0, spread = 0.4
        let left = Point(x: end.x - headLength * (ux - spread * uy), y: end.y - headLength * (uy + spread * ux))
        let right = Point(x: end.x - headLength * (ux + spread * uy), y: end.y - headLength * (uy - spread * ux))
        svg.raw("<path fill=\"none\"")
        svg.attribute("stroke", color.css)
        svg.raw(" stroke-width=\"1\" stroke-linecap=\"round\" stroke-linejoin=\"round\" d=\"")
        svg.moveTo(start.x, start.y)
        svg.lineTo(end.x, end.y)
        svg.moveTo(left.x, left.y)
        svg.lineTo(end.x, end.y)
        svg.lineTo(right.x, right.y)
        svg.raw("\"/>\n")
    }
}
