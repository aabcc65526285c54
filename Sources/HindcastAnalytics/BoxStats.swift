/// A box-score stat line (one player's, or a team's sum of them).
struct BoxStats: Sendable, Equatable {
    var fg = 0, fga = 0, fg3 = 0, fg3a = 0, ft = 0, fta = 0
    var orb = 0, drb = 0, trb = 0, ast = 0, stl = 0, blk = 0, tov = 0, pf = 0, pts = 0

    static func += (lhs: inout BoxStats, rhs: BoxStats) {
        lhs.fg += rhs.fg
        lhs.fga += rhs.fga
        lhs.fg3 += rhs.fg3
        lhs.fg3a += rhs.fg3a
        lhs.ft += rhs.ft
        lhs.fta += rhs.fta
        lhs.orb += rhs.orb
        lhs.drb += rhs.drb
        lhs.trb += rhs.trb
        lhs.ast += rhs.ast
        lhs.stl += rhs.stl
        lhs.blk += rhs.blk
        lhs.tov += rhs.tov
        lhs.pf += rhs.pf
        lhs.pts += rhs.pts
    }

    /// FGA + 0.44·FTA + TOV − OREB.
    var possessions: Double { BoxScoreMath.possessions(fga: fga, fta: fta, tov: tov, orb: orb) }
}
