/// The share of a price (a sale, a withdrawal or a change of use) that falls on one piece of an asset with its
/// improvements: in proportion to their costs (a named policy, `improvementPrice = proportionalToCost`; the law gives
/// one price for the whole bedrijfsmiddel). A class: it sits in every asset's disposal, which is copied with the asset.
final class PriceAllocation: Sendable, Hashable {
    /// The id of the improved asset and the price of the whole.
    let asset: String
    let whole: Money
    /// This piece's cost, and the cost of all pieces that share the price.
    let cost: Money
    let totalCost: Money

    init(asset: String, whole: Money, cost: Money, totalCost: Money) {
        self.asset = asset
        self.whole = whole
        self.cost = cost
        self.totalCost = totalCost
    }

    static func == (lhs: PriceAllocation, rhs: PriceAllocation) -> Bool {
        lhs.asset == rhs.asset && lhs.whole == rhs.whole && lhs.cost == rhs.cost && lhs.totalCost == rhs.totalCost
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(asset)
        hasher.combine(whole)
        hasher.combine(cost)
        hasher.combine(totalCost)
    }
}

/// How the entries of a register that belong to one bedrijfsmiddel are tied together once resolved.
struct ImprovementLinks {
    /// Per asset: the index of the asset it improves (for a later boekjaar's voortbrengingskosten, the asset itself);
    /// nil for an asset of its own. Empty when the register has neither.
    let parent: [Int?]
    /// Per asset: whether it holds a later boekjaar's voortbrengingskosten (for the €450 test, the whole asset counts).
    let productionTranche: [Bool]
    /// Per asset whose disposal is a share of the price of the asset with its improvements: how it was shared. Kept
    /// beside the disposal, not in it: a disposal is plain data, copied without reference counting.
    let priceAllocations: [Int: PriceAllocation]

    static let none = ImprovementLinks(parent: [], productionTranche: [], priceAllocations: [:])
    var isEmpty: Bool { parent.isEmpty }

    func parent(of index: Int) -> Int? { parent.isEmpty ? nil : parent[index] }
}

extension Register {
    /// The register with every verbetering and voortbrengingskosten made explicit, so that each entry is one
    /// investment with one investment date (art. 3.43 lid 1):
    /// - a self-made asset's costs of each later boekjaar become an entry of their own (`id-year`), in use with the
    ///   asset, its residual value shared in proportion to the costs; the costs made are its payments;
    /// - an improvement takes the kind, the life and the method of the asset it improves (it is depreciated with it
    ///   over what is left of that life, see `ParentDepreciation`), is in use from its own date when the asset is
    ///   already in use, is rented out when the asset is, and leaves with the asset: a sale, withdrawal or change of
    ///   use of the asset is shared over it and its improvements in proportion to their costs.
    /// A register without either is returned as it is.
    func resolvingImprovements() -> (register: Register, links: ImprovementLinks) {
        guard assets.contains(where: { $0.improves != nil || !$0.productionCosts.isEmpty }) else { return (self, .none) }
        let calendar = entity.calendar
        var resolved: [Asset] = []
        var tranche: [Bool] = []
        for asset in assets {
            guard !asset.productionCosts.isEmpty else {
                resolved.append(asset)
                tranche.append(false)
                continue
            }
            // One entry per boekjaar of costs, the first under the asset's own id.
            let costs = asset.productionCosts.sorted { $0.date < $1.date }
            var groups: [(year: Int, costs: [ProductionCost])] = []
            for cost in costs {
                let year = calendar.year(of: cost.date)
                if groups.last?.year == year { groups[groups.count - 1].costs.append(cost) } else { groups.append((year, [cost])) }
            }
            let amounts = groups.map { $0.costs.reduce(Money.zero) { $0 + $1.amount } }
            let residuals = asset.residual.allocated(proportionalTo: amounts, scale: 2)
            for (position, group) in groups.enumerated() {
                var entry = asset
                entry.cost = amounts[position]
                entry.committed = group.costs[0].date
                entry.payments = group.costs.map { Payment(date: $0.date, amount: $0.amount) }
                entry.residual = residuals[position]
                entry.productionCosts = group.costs
                if position > 0 {
                    entry.id = Register.productionCostsId(asset.id, group.year)
                    entry.description = "\(asset.description ?? asset.id) (\(group.year))"
                    entry.improves = asset.id
                    entry.inUse = asset.inUse.map { Swift.max($0, entry.committed) }
                    entry.disposal = nil
                    entry.changesOfUse = []
                    entry.reductions = []
                    entry.hir = nil
                    entry.part = nil
                }
                resolved.append(entry)
                tranche.append(position > 0)
            }
        }
        let indexById = Dictionary(resolved.indices.map { (resolved[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        var parents = [Int?](repeating: nil, count: resolved.count)
        var pieces: [Int: [Int]] = [:]
        var allocations: [Int: PriceAllocation] = [:]
        for index in resolved.indices {
            guard let id = resolved[index].improves, let parentIndex = indexById[id] else { continue }
            parents[index] = parentIndex
            pieces[parentIndex, default: []].append(index)
            let parent = resolved[parentIndex]
            resolved[index].kind = parent.kind
            resolved[index].balanceCategory = parent.balanceCategory
            resolved[index].co2 = parent.co2
            resolved[index].diesel = parent.diesel
            resolved[index].buildingUse = parent.buildingUse
            resolved[index].woz = parent.woz
            resolved[index].life = parent.life
            resolved[index].method = parent.method
            resolved[index].rentedOut = resolved[index].rentedOut || parent.rentedOut
            if resolved[index].inUse == nil, let inUse = parent.inUse { resolved[index].inUse = Swift.max(inUse, resolved[index].committed) }
        }
        // A sale, withdrawal or change of use of the asset is one of its improvements too, at a share of the price.
        for (parentIndex, members) in pieces {
            if let disposal = resolved[parentIndex].disposal {
                let sharing = [parentIndex] + members.filter { resolved[$0].disposal == nil }
                let shares = share(disposal.price, over: sharing, in: resolved, asset: resolved[parentIndex].id)
                for (position, index) in sharing.enumerated() {
                    var piece = disposal
                    piece.price = shares[position].price
                    allocations[index] = shares[position].allocation
                    resolved[index].disposal = piece
                }
            }
            for change in resolved[parentIndex].changesOfUse {
                let sharing = [parentIndex] + members.filter { resolved[$0].changesOfUse.isEmpty && resolved[$0].committed <= change.date }
                let shares = share(change.value, over: sharing, in: resolved, asset: resolved[parentIndex].id)
                for (position, index) in sharing.enumerated() where index != parentIndex {
                    resolved[index].changesOfUse.append(ChangeOfUse(date: change.date, to: change.to, value: shares[position].price))
                }
                if let at = resolved[parentIndex].changesOfUse.firstIndex(of: change) {
                    resolved[parentIndex].changesOfUse[at].value = shares[0].price
                }
            }
        }
        var register = self
        register.assets = resolved
        return (register, ImprovementLinks(parent: parents, productionTranche: tranche, priceAllocations: allocations))
    }

    /// A price shared over pieces in proportion to their costs, to the cent; nothing to share with one piece.
    private func share(_ price: Money, over indices: [Int], in assets: [Asset], asset: String) -> [(price: Money, allocation: PriceAllocation?)] {
        guard indices.count > 1 else { return [(price, nil)] }
        let costs = indices.map { assets[$0].cost }
        let total = costs.reduce(Money.zero, +)
        let prices = total.isZero ? price.allocated(proportionalTo: costs.map { _ in 1 }, scale: 2)
                                  : price.allocated(proportionalTo: costs, scale: 2)
        return indices.indices.map { position in
            (prices[position], PriceAllocation(asset: asset, whole: price, cost: costs[position], totalCost: total))
        }
    }
}
