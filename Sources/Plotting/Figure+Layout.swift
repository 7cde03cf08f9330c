extension Figure {
    /// The page size in points for a size in inches, kept within sane bounds.
    static func pageSize(_ inches: (width: Double, height: Double)) -> (width: Double, height: Double) {
        func points(_ value: Double, _ fallback: Double) -> Double {
            value.isFinite && value > 0 ? min(max(value, 0.5), 200) * 72 : fallback * 72
        }
        return (points(inches.width, 6.4), points(inches.height, 4.8))
    }

    /// Height reserved at the top for the figure's own title.
    var titleBand: Double {
        title == nil ? 0 : Theme.outerPad + Text.lineHeight(Theme.titleSize)
    }

    /// Lays out every axes in its grid cell, like matplotlib's constrained layout: margins
    /// come from the labels actually drawn, and axes in one column (row) share their left and
    /// right (top and bottom) margins so that their spines line up.
    func layout(width: Double, height: Double) -> [AxesLayout] {
        var layouts = allAxes.map(AxesLayout.init)
        let cellWidth = width / Double(columns)
        let cellHeight = (height - titleBand) / Double(rows)
        var margins = Array(repeating: Margins(left: 50, right: 10, top: 12, bottom: 36), count: layouts.count)

        func place() {
            let aligned = align(margins)
            for index in layouts.indices {
                let row = index / columns, column = index % columns
                let m = aligned[index]
                let x = Double(column) * cellWidth + m.left
                let y = titleBand + Double(row) * cellHeight + m.top
                layouts[index].cell = Rect(
                    x: Double(column) * cellWidth, y: titleBand + Double(row) * cellHeight,
                    width: cellWidth, height: cellHeight)
                layouts[index].box = Rect(
                    x: x, y: y,
                    width: max(cellWidth - m.left - m.right, 10),
                    height: max(cellHeight - m.top - m.bottom, 10))
            }
        }
        // Ticks depend on the box's length and margins on the ticks' labels: two rounds settle it.
        for _ in 0..<2 {
            place()
            for index in layouts.indices {
                layouts[index].chooseTicks()
                margins[index] = layouts[index].requiredMargins()
            }
        }
        // A last round with the ticks kept: margins may only grow, so no label is cut off.
        place()
        for index in layouts.indices {
            let needed = layouts[index].requiredMargins()
            margins[index].left = max(margins[index].left, needed.left)
            margins[index].right = max(margins[index].right, needed.right)
            margins[index].top = max(margins[index].top, needed.top)
            margins[index].bottom = max(margins[index].bottom, needed.bottom)
        }
        place()
        return layouts
    }

    /// Per column the largest left and right margins, per row the largest top and bottom.
    private func align(_ margins: [Margins]) -> [Margins] {
        var aligned = margins
        for index in margins.indices {
            let row = index / columns, column = index % columns
            let sameColumn = (0..<rows).map { margins[$0 * columns + column] }
            let sameRow = (0..<columns).map { margins[row * columns + $0] }
            aligned[index] = Margins(
                left: sameColumn.map(\.left).max() ?? 0,
                right: sameColumn.map(\.right).max() ?? 0,
                top: sameRow.map(\.top).max() ?? 0,
                bottom: sameRow.map(\.bottom).max() ?? 0)
        }
        return aligned
    }
}
