extension Engine {
    /// The KIA of a boekjaar. Within one calendar year: that year's table. A boekjaar straddling two calendar years
    /// (gebroken boekjaar, Vpb): the table of each calendar year applied to the whole boekjaar total, weighted by
    /// the share of the investments made in that calendar year's part, then added up (docs/law/gebroken-boekjaar.md;
    /// the method is reproduced by secondary sources only: UNCONFIRMED, a named policy).
    func kiaComputation(boekjaar: Int, total: Money, calendar: FiscalCalendar,
                        investments: [(committed: Day, amount: Money)]) throws(EngineError) -> KIAComputation {
        let parts = calendar.calendarParts(boekjaar)
        guard parts.count > 1, total.isPositive else {
            return try kiaTable(parts.count == 1 ? parts[0].calendarYear : boekjaar).compute(total: total).relabelled(boekjaar)
        }
        var kia: Money = 0
        var explanation = Explanation()
        var largest: (weight: Money, computation: KIAComputation)?
        for part in parts {
            let inPart = investments.filter { $0.committed >= part.start && $0.committed <= part.end }.reduce(Money.zero) { $0 + $1.amount }
            guard inPart.isPositive else { continue }
            let computation = try kiaTable(part.calendarYear).compute(total: total)
            let weighted = (computation.kia * inPart).divided(by: total, scale: Engine.divisionScale, rounding: .up)
            kia += weighted
            explanation.append(computation.explanation)
            explanation.add("kia.boekjaarPart", [.day("from", part.start), .day("to", part.end), .amount("kia", computation.kia), .amount("inPart", inPart),
                                                 .amount("total", total), .amount("weighted", weighted)], source: LegalSource(article: "art. 3.41 Wet IB 2001 jo. art. 7 lid 4 en 8 lid 1 Wet Vpb 1969",
                                   url: "https://ledup.nl/aanbod/subsidie/kia", status: .unconfirmed,
                                   note: "weighted method, seen only in a secondary copy of the Belastingdienst's"))
            if inPart > (largest?.weight ?? 0) { largest = (inPart, computation) }
        }
        explanation.add("kia.boekjaar", [.day("from", calendar.start(boekjaar)), .day("to", calendar.end(boekjaar)), .amount("kia", kia)])
        let row = largest?.computation.row ?? .atOrBelowMinimum(minimum: 0)
        return KIAComputation(year: boekjaar, total: total, kia: kia, row: row, explanation: explanation,
                              source: try kiaTable(parts.last?.calendarYear ?? boekjaar).source)
    }
}

extension KIAComputation {
    func relabelled(_ year: Int) -> KIAComputation {
        KIAComputation(year: year, total: total, kia: kia, row: row, explanation: explanation, source: source)
    }
}
