import Activa

/// SVG pictures drawn on the server: the KIA curve of a year, and book values over the years. The points and
/// coordinates are computed here; the templates `chart`, `chart-kia` and `chart-book-values` write the SVG.
enum Charts {
    /// The `chart-kia` values: the KIA of `table` for totals from 0 to a little past its last bound, with `total` marked.
    static func kiaCurve(_ table: KIATable, total: Money?, language: Language) -> HTML.Context {
        let width = 640, height = 240, left = 60, bottom = 30, top = 16, right = 16
        var points: [(Money, Money)] = []
        let cent = ExactDecimal(significand: 1, scale: 2)
        let end: Money
        switch table.schedule {
        case .fixedAmountWithPhaseOut(let t):
            end = t.upperBound * "1.1"
            points = [(0, 0), (t.lowerBound, 0), (t.lowerBound + cent, table.compute(total: t.lowerBound + cent).kia),
                      (t.percentageUpTo, table.compute(total: t.percentageUpTo).kia), (t.fixedUpTo, t.fixedAmount),
                      (t.upperBound, table.compute(total: t.upperBound).kia), (t.upperBound + cent, 0), (end, 0)]
        case .percentageOfTotal(let minimum, let brackets):
            end = (brackets.last?.upTo ?? 300_000) * "1.1"
            points = [(0, 0), (minimum, 0)]
            var lower = minimum
            for bracket in brackets {
                points.append((lower + cent, (lower + cent) * bracket.rate))
                points.append((bracket.upTo, bracket.upTo * bracket.rate))
                lower = bracket.upTo
            }
            points += [(lower + cent, 0), (end, 0)]
        }
        let maxKIA = points.map(\.1).max() ?? 1
        func x(_ value: Money) -> Int { left + Int(scaled(value, end, width - left - right)) }
        func y(_ value: Money) -> Int { height - bottom - Int(scaled(value, maxKIA, height - bottom - top)) }
        let path = points.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ")
        var marker: Any = false
        if let total, total <= end {
            let kia = table.compute(total: total).kia
            marker = ["x": x(total), "y": y(kia), "labelX": x(total) + 8, "labelY": y(kia) - 8,
                      "total": HTML.euro(total, language), "kia": HTML.euro(kia, language)] as HTML.Context
        }
        let title = language == .nl ? "KIA \(table.year) naar totaal geïnvesteerd" : "KIA \(table.year) by total invested"
        var chart = frame(title: title, width: width, height: height, left: left, right: right, top: top, bottom: bottom, maximum: maxKIA, maximumY: y(maxKIA))
        chart["endX"] = width - right
        chart["endY"] = height - 8
        chart["end"] = end.rounded(scale: 0, .halfUp).formatted(groupingSeparator: ".")
        chart["points"] = path
        chart["marker"] = marker
        return chart
    }

    /// The `chart-book-values` values: one line per asset, its book value at the end of each year; nil without any.
    static func bookValues(_ report: Report, language: Language) -> HTML.Context? {
        var series: [(id: String, values: [(Int, Money)])] = []
        for year in report.years {
            for asset in year.assets {
                guard let line = asset.depreciation else { continue }
                if let index = series.firstIndex(where: { $0.id == asset.id }) {
                    series[index].values.append((year.year, line.bookValue))
                } else {
                    series.append((asset.id, [(year.year, line.bookValue)]))
                }
            }
        }
        guard let firstYear = report.years.first?.year, let lastYear = report.years.last?.year, !series.isEmpty else { return nil }
        let width = 640, height = 260, left = 70, bottom = 30, top = 16, right = 150
        let maxValue = series.flatMap { $0.values.map(\.1) }.max() ?? 1
        let span = Swift.max(1, lastYear - firstYear)
        func x(_ year: Int) -> Int { left + (year - firstYear) * (width - left - right) / span }
        func y(_ value: Money) -> Int { height - bottom - Int(scaled(value, maxValue, height - bottom - top)) }
        let lines = series.enumerated().map { index, entry -> HTML.Context in
            ["points": entry.values.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " "), "colour": index % 8,
             "legendX": width - right + 8, "legendY": top + 14 * index + 10, "id": entry.id]
        }
        let title = language == .nl ? "Boekwaarde aan het eind van elk jaar" : "Book value at the end of each year"
        var chart = frame(title: title, width: width, height: height, left: left, right: right, top: top, bottom: bottom, maximum: maxValue, maximumY: y(maxValue))
        chart["firstX"] = x(firstYear)
        chart["lastX"] = x(lastYear)
        chart["yearY"] = height - 10
        chart["firstYear"] = firstYear
        chart["lastYear"] = lastYear
        chart["series"] = lines
        return chart
    }

    /// The values of the `chart` template: the svg element's size and title, the two axes and the top value on the
    /// vertical axis.
    static func frame(title: String, width: Int, height: Int, left: Int, right: Int, top: Int, bottom: Int,
                      maximum: Money, maximumY: Int) -> HTML.Context {
        ["title": title, "width": width, "height": height, "left": left, "top": top, "axisY": height - bottom, "axisEndX": width - right,
         "maximumX": left - 6, "maximumY": maximumY + 4, "maximum": maximum.rounded(scale: 0, .halfUp).formatted(groupingSeparator: ".")]
    }

    /// `value / maximum × pixels`, as a whole number of pixels.
    static func scaled(_ value: Money, _ maximum: Money, _ pixels: Int) -> Int128 {
        guard maximum.isPositive else { return 0 }
        return (value * ExactDecimal(pixels)).divided(by: maximum, scale: 0, rounding: .halfUp).significand
    }
}
