import Foundation

/// Horizontal bars grouped under a label per row (label on its own line, so long system names fit a
/// phone's width), on a round-stepped axis, each bar with its value written at its end and an
/// optional dashed reference line (e.g. the 52.4% break-even of a −110 bet).
struct SVGBarChart {
    /// One bar.
    struct Bar {
        var value: Double
        var color: String
        /// Written at the bar's end.
        var text: String
        var tip: String
        /// Not drawn to its value: a hatched strip holding only `text` (e.g. too small a sample).
        var muted = false
    }

    /// A labelled group of bars.
    struct Row {
        var label: String
        var bars: [Bar]
    }

    var label: String
    var rows: [Row]
    var scale: NiceScale
    var unit: String
    var reference: (value: Double, text: String)?

    static let width = 420.0
    static let left = 8.0
    static let valueWidth = 100.0
    static let barHeight = 14.0

    /// The chart's `<svg>`.
    var svg: String {
        let plotWidth = Self.width - Self.left - Self.valueWidth
        func x(_ value: Double) -> Double {
            Self.left + plotWidth * min(max(scale.fraction(value), 0), 1)
        }
        let axisTop = 22.0
        var y = axisTop + 4
        var marks: [String] = []
        for row in rows {
            marks.append(SVG.text(row.label, x: Self.left, y: y + 12, size: 12, weight: "600"))
            y += 16
            for bar in row.bars {
                if bar.muted {
                    // No bar to read: a hatched strip behind the count, the tooltip says why.
                    marks.append(
                        SVG.rect(
                            x: Self.left, y: y, width: 150, height: Self.barHeight - 2, fill: "url(#muted)",
                            tip: bar.tip))
                    marks.append(SVG.text(bar.text, x: Self.left + 4, y: y + 10.5, size: 11, fill: "#495057"))
                } else {
                    let end = x(bar.value)
                    marks.append(
                        SVG.rect(
                            x: Self.left, y: y, width: max(end - Self.left, 1), height: Self.barHeight - 2,
                            fill: bar.color, tip: bar.tip))
                    marks.append(SVG.text(bar.text, x: end + 4, y: y + 10.5, size: 11))
                }
                y += Self.barHeight
            }
            y += 8
        }
        let bottom = y
        var axis: [String] = []
        for tick in scale.ticks {
            let tickX = x(tick)
            axis.append(SVG.line(x1: tickX, y1: axisTop, x2: tickX, y2: bottom, stroke: "#dee2e6"))
            axis.append(SVG.text(scale.label(tick), x: tickX, y: axisTop - 6, anchor: "middle", size: 11))
        }
        axis.append(SVG.text(unit, x: Self.width - 4, y: axisTop - 6, anchor: "end", size: 11))
        if let reference {
            let referenceX = x(reference.value)
            axis.append(
                SVG.line(
                    x1: referenceX, y1: axisTop, x2: referenceX, y2: bottom, stroke: "#c92a2a", dashed: true,
                    width: 1.5))
            axis.append(
                SVG.text(reference.text, x: referenceX + 3, y: bottom + 12, size: 11, fill: "#c92a2a"))
        }
        let pattern =
            "<defs><pattern id=\"muted\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#e9ecef\"/>"
            + "<line x1=\"0\" y1=\"6\" x2=\"6\" y2=\"0\" stroke=\"#adb5bd\" stroke-width=\"1\"/></pattern></defs>"
        return SVG.document(
            width: Self.width, height: bottom + (reference == nil ? 6 : 18), label: label,
            body: (rows.contains { $0.bars.contains(where: \.muted) } ? [pattern] : []) + axis + marks)
    }
}
