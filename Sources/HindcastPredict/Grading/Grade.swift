import HindcastCore

/// What grading needs of a stored prediction.
public struct GradedPrediction: Sendable, Equatable {
    public var predictedPoints: Double
    public var recommendation: Recommendation
    /// The observed line, when there was one.
    public var observedLine: Double?
    /// The injury status the context row had before the game.
    public var injuryStatus: String?
    /// The player's season average before the date.
    public var seasonAverage: Double?

    public init(
        predictedPoints: Double, recommendation: Recommendation, observedLine: Double?, injuryStatus: String? = nil,
        seasonAverage: Double? = nil
    ) {
        self.predictedPoints = predictedPoints
        self.recommendation = recommendation
        self.observedLine = observedLine
        self.injuryStatus = injuryStatus
        self.seasonAverage = seasonAverage
    }
}

/// What the player did: his `player_game_summary` row on the date.
public struct ActualGame: Sendable, Equatable {
    public var points: Int?
    public var minutes: Double?
    public var isDNP: Bool

    public init(points: Int?, minutes: Double?, isDNP: Bool) {
        self.points = points
        self.minutes = minutes
        self.isDNP = isDNP
    }
}

/// One prediction graded against what happened.
public struct Grade: Sendable, Equatable {
    public var absoluteError: Double?
    public var signedError: Double?
    public var within3: Bool?
    public var within5: Bool?
    /// `nil` for PASS/NO_LINE, a push, or a voided prediction.
    public var correct: Bool?
    public var predictedMargin: Double?
    public var actualMargin: Double?
    public var isPush = false
    public var isVoided = false
    public var voidReason: String?
    public var seasonAverageAbsoluteError: Double?
    public var seasonAverageSignedError: Double?
    public var lineAbsoluteError: Double?
    public var lineSignedError: Double?

    /// Grades like a sportsbook: a DNP (flagged, or no minutes) voids the prediction, with the
    /// reason taken from the pre-game injury status; a push (actual == observed line) is neither
    /// right nor wrong; only OVER/UNDER against an observed line can be correct.
    public init(_ prediction: GradedPrediction, actual: ActualGame) {
        let played = !actual.isDNP && (actual.minutes ?? 0) > 0
        guard played, let points = actual.points else {
            isVoided = true
            voidReason = played ? "no_actual_points" : Grade.voidReason(injuryStatus: prediction.injuryStatus)
            return
        }
        let actualPoints = Double(points)
        let error = prediction.predictedPoints - actualPoints
        absoluteError = Rounding.tenth(abs(error))
        signedError = Rounding.tenth(error)
        within3 = abs(error) <= 3
        within5 = abs(error) <= 5
        if let baseline = prediction.seasonAverage {
            seasonAverageAbsoluteError = Rounding.thousandth(abs(baseline - actualPoints))
            seasonAverageSignedError = Rounding.thousandth(baseline - actualPoints)
        }
        guard let line = prediction.observedLine else { return }
        predictedMargin = Rounding.tenth(prediction.predictedPoints - line)
        actualMargin = Rounding.tenth(actualPoints - line)
        lineAbsoluteError = Rounding.tenth(abs(line - actualPoints))
        lineSignedError = Rounding.tenth(line - actualPoints)
        if actualPoints == line {
            isPush = true
            return
        }
        switch prediction.recommendation {
        case .over: correct = actualPoints > line
        case .under: correct = actualPoints < line
        case .pass, .noLine: correct = nil
        }
    }

    /// `dnp_injury_confirmed` when the player was listed OUT or DOUBTFUL before the game,
    /// `dnp_late_scratch` when QUESTIONABLE or PROBABLE, else `dnp_unknown`.
    static func voidReason(injuryStatus: String?) -> String {
        switch injuryStatus?.uppercased() {
        case "OUT", "DOUBTFUL": return "dnp_injury_confirmed"
        case "QUESTIONABLE", "PROBABLE": return "dnp_late_scratch"
        default: return "dnp_unknown"
        }
    }
}
