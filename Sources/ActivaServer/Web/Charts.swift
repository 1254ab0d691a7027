import Activa

/// SVG pictures drawn on the server: the KIA curve of a year, and book values over the years.
enum Charts {
    /// The KIA of `table` for totals from 0 to a little past its last bound, with `total` marked.
    static func kiaCurve(_ table: KIATable, total: Money?, language: Language) -> String {
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
        var marker = ""
        if let total, total <= end {
            let kia = table.compute(total: total).kia
            marker = "<circle cx=\"\(x(total))\" cy=\"\(y(kia))\" r=\"5\" class=\"marker\"/><text x=\"\(x(total) + 8)\" y=\"\(y(kia) - 8)\" class=\"label\">\(HTML.euro(total, language)) → \(HTML.euro(kia, language))</text>"
        }
        let title = language == .nl ? "KIA \(table.year) naar totaal geïnvesteerd" : "KIA \(table.year) by total invested"
        return """
        \(frame(title: title, width: width, height: height, left: left, right: right, top: top, bottom: bottom, maximum: maxKIA, maximumY: y(maxKIA)))
        <text x="\(width - right)" y="\(height - 8)" class="tick" text-anchor="end">\(HTML.escape(end.rounded(scale: 0, .halfUp).formatted(groupingSeparator: ".")))</text>
        <polyline points="\(path)" class="curve"/>
        \(marker)
        </svg>
        """
    }

    /// One line per asset: its book value at the end of each year.
    static func bookValues(_ report: Report, language: Language) -> String {
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
        guard let firstYear = report.years.first?.year, let lastYear = report.years.last?.year, !series.isEmpty else { return "" }
        let width = 640, height = 260, left = 70, bottom = 30, top = 16, right = 150
        let maxValue = series.flatMap { $0.values.map(\.1) }.max() ?? 1
        let span = Swift.max(1, lastYear - firstYear)
        func x(_ year: Int) -> Int { left + (year - firstYear) * (width - left - right) / span }
        func y(_ value: Money) -> Int { height - bottom - Int(scaled(value, maxValue, height - bottom - top)) }
        var lines = ""
        for (index, entry) in series.enumerated() {
            let points = entry.values.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ")
            lines += "<polyline points=\"\(points)\" class=\"series s\(index % 8)\"/>"
            lines += "<text x=\"\(width - right + 8)\" y=\"\(top + 14 * index + 10)\" class=\"legend s\(index % 8)\">\(HTML.escape(entry.id))</text>"
        }
        let title = language == .nl ? "Boekwaarde aan het eind van elk jaar" : "Book value at the end of each year"
        return """
        \(frame(title: title, width: width, height: height, left: left, right: right, top: top, bottom: bottom, maximum: maxValue, maximumY: y(maxValue)))
        <text x="\(x(firstYear))" y="\(height - 10)" class="tick">\(firstYear)</text>
        <text x="\(x(lastYear))" y="\(height - 10)" class="tick" text-anchor="end">\(lastYear)</text>
        \(lines)
        </svg>
        """
    }

    /// The opening of a chart: the svg element, its title, the two axes and the top value on the vertical axis.
    static func frame(title: String, width: Int, height: Int, left: Int, right: Int, top: Int, bottom: Int,
                      maximum: Money, maximumY: Int) -> String {
        """
        <svg class="chart" viewBox="0 0 \(width) \(height)" role="img" aria-label="\(HTML.escape(title))" xmlns="http://www.w3.org/2000/svg">
        <title>\(HTML.escape(title))</title>
        <line x1="\(left)" y1="\(height - bottom)" x2="\(width - right)" y2="\(height - bottom)" class="axis"/>
        <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(height - bottom)" class="axis"/>
        <text x="\(left - 6)" y="\(maximumY + 4)" class="tick" text-anchor="end">\(HTML.escape(maximum.rounded(scale: 0, .halfUp).formatted(groupingSeparator: ".")))</text>
        """
    }

    /// `value / maximum × pixels`, as a whole number of pixels.
    static func scaled(_ value: Money, _ maximum: Money, _ pixels: Int) -> Int128 {
        guard maximum.isPositive else { return 0 }
        return (value * ExactDecimal(pixels)).divided(by: maximum, scale: 0, rounding: .halfUp).significand
    }
}
