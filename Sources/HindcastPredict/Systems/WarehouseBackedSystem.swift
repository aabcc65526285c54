import GRDB
import HindcastCore

/// A prediction system that needs something from the warehouse before it can predict a date (a
/// trained model). The processor asks `SystemPlan.systems(for:profile:db:)` for the systems of
/// each date; only what that returns is asked to predict.
public protocol WarehouseBackedSystem: PredictionSystem {
    /// The system ready to predict `date`, or why it cannot predict that date.
    func prepared(for date: GameDate, profile: Profile, db: Database) throws -> PreparedSystem
}

/// A warehouse-backed system, loaded for one date or unavailable on it.
public enum PreparedSystem: Sendable {
    case ready(any PredictionSystem)
    /// The system makes no prediction on the date, for this reason.
    case unavailable(reason: String)
}

extension SystemPlan {
    /// The plan's systems ready for `date`, in plan order. Warehouse-backed systems are loaded for
    /// the date; one that cannot predict it is left out, and its reason is returned by system id
    /// for the run summary.
    public func systems(
        for date: GameDate, profile: Profile, db: Database
    ) throws -> (ready: [any PredictionSystem], unavailable: [String: String]) {
        var ready: [any PredictionSystem] = []
        var unavailable: [String: String] = [:]
        for system in systems {
            guard let backed = system as? any WarehouseBackedSystem else {
                ready.append(system)
                continue
            }
            switch try backed.prepared(for: date, profile: profile, db: db) {
            case .ready(let loaded): ready.append(loaded)
            case .unavailable(let reason): unavailable[system.id] = reason
            }
        }
        return (ready, unavailable)
    }
}
