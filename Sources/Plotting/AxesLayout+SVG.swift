/// Drawing one axes, back to front as matplotlib stacks them (its zorders): background, images
/// and grid, data (both clipped to the box), annotations, spines, ticks and labels, legend, notes.
extension AxesLayout {
    func draw(id: String, clipID: String, to svg: inout SVGWriter) {
        svg.raw("<g")
        svg.attribute("id", id)
        svg.raw(">\n<rect")
        writeBox(to: &svg)
        svg.raw(" fill=\"#ffffff\"/>\n")
        if !axes.images.isEmpty {
            // Under the grid, as matplotlib draws images at zorder 0, its grid at 1.5, lines at 2.
            svg.raw("<g")
            svg.attribute("clip-path", "url(#\(clipID))")
            svg.raw(">\n")
            for image in axes.images { drawImage(image, to: &svg) }
            svg.raw("</g>\n")
        }
        if axes.grid { drawGrid(to: &svg) }

        let xMap = xMap, yMap = yMap
        let geometries = axes.series.map { series in
            SeriesGeometry(series: series, xMap: xMap, yMap: yMap, box: box,
                           pad: series.lineWidth + (series.pointSizes?.max() ?? series.markerSize))
        }
        svg.raw("<g")
        svg.attribute("clip-path", "url(#\(clipID))")
        svg.raw(">\n")
        // matplotlib's zorders: patches (bars, bands) at 1, lines at 2.
        for (index, patch) in axes.patches.enumerated() {
            drawPatch(patch, id: "\(id)-patch\(index)", to: &svg)
        }
        for (index, (series, geometry)) in zip(axes.series, geometries).enumerated() {
            drawSeries(series, geometry, id: "\(id)-series\(index)", to: &svg)
        }
        for (index, line) in axes.referenceLines.enumerated() {
            drawReferenceLine(line, id: "\(id)-line\(index)", to: &svg)
        }
        svg.raw("</g>\n")

        let texts = drawAnnotations(to: &svg)
        drawFrame(to: &svg)
        drawColorbar(id: "\(id)-colorbar", to: &svg)
        drawTickLabels(to: &svg)
        drawLabels(to: &svg)
        if let legend = Legend(axes: axes) {
            let frame = legend.placement(in: box, position: axes.legendPosition,
                                         geometries: geometries, texts: texts, patches: patchObstacles)
            legend.draw(in: frame, id: "\(id)-legend", to: &svg)
        }
        drawNotes(id: "\(id)-notes", to: &svg)
        svg.raw("</g>\n")
    }

    /// ` x=… y=… width=… height=…` of the box.
    func writeBox(to svg: inout SVGWriter) {
        svg.attribute("x", box.x)
        svg.attribute("y", box.y)
        svg.attribute("width", box.width)
        svg.attribute("height", box.height)
    }

    private func drawGrid(to svg: inout SVGWriter) {
        svg.raw("<path d=\"")
        for tick in xTicks.major {
            guard let x = xMap.position(tick.value) else { continue }
            svg.moveTo(x, box.y)
            svg.byte(0x56)  // V
            svg.number(box.bottom)
        }
        for tick in yTicks.major {
            guard let y = yMap.position(tick.value) else { continue }
            svg.moveTo(box.x, y)
            svg.byte(0x48)  // H
            svg.number(box.right)
        }
        svg.raw("\" fill=\"none\" stroke=\"\(Theme.gridColor)\"")
        svg.attribute("stroke-width", Theme.gridWidth)
        svg.raw(" stroke-linecap=\"square\"/>\n")
    }

    private func drawSeries(_ series: Series, _ geometry: SeriesGeometry, id: String, to svg: inout SVGWriter) {
        svg.raw("<g")
        svg.attribute("id", id)
        svg.raw(">\n")
        if let errors = series.yErrors { drawErrorBars(series, errors: errors, to: &svg) }
        if series.hasLine && !geometry.polylines.isEmpty {
            SeriesStyle.openLine(series, to: &svg)
            svg.raw(" d=\"")
            for line in geometry.polylines { svg.polyline(line) }
            svg.raw("\"/>\n")
        }
        if series.hasMarkers && (series.pointSizes != nil || series.pointColors != nil) {
            drawVaryingMarkers(series, geometry, to: &svg)
        } else if series.hasMarkers && !geometry.points.isEmpty {
            SeriesStyle.openMarkers(series, to: &svg)
            svg.raw(" d=\"")
            for point in geometry.points {
                series.marker.appendPath(at: point, size: series.markerSize, to: &svg)
            }
            svg.raw("\"/>\n")
        } else if series.hasLine && !geometry.isolated.isEmpty {
            // A point between two gaps has no segment to draw: show it as a dot of the line's width.
            svg.raw("<path")
            svg.attribute("fill", series.color.css)
            svg.raw(" d=\"")
            for point in geometry.isolated {
                Marker.appendCircle(x: point.x, y: point.y, radius: max(series.lineWidth, 0.75), to: &svg)
            }
            svg.raw("\"/>\n")
        }
        svg.raw("</g>\n")
    }

    /// Draws `ax.text` annotations and returns the rectangles they cover.
    private func drawAnnotations(to svg: inout SVGWriter) -> [Rect] {
        var covered: [Rect] = []
        for note in axes.annotations {
            guard let x = xMap.position(note.x), let y = yMap.position(note.y) else { continue }
            Text.write(note.text, x: x, y: y, anchor: .start, fontSize: note.fontSize, fill: note.color.css, to: &svg)
            let bounds = Rect(
                x: x, y: y - FontMetrics.ascent * note.fontSize,
                width: FontMetrics.width(note.text, fontSize: note.fontSize),
                height: Text.lineHeight(note.fontSize))
            covered.append(bounds)
            if let target = note.target, let tx = xMap.position(target.x), let ty = yMap.position(target.y) {
                drawArrow(from: bounds, to: Point(x: tx, y: ty), color: note.color, to: &svg)
            }
        }
        return covered
    }
}
