/// The ensemble's weights and the edge record read the grades of a window before each date (one
/// query, `TrailingAccuracy`): per system, the graded count and mean absolute error, and the bets
/// at the edge threshold with the line, the actual points and the prediction. The index of v1 held
/// only the first two, so every graded row of the window was looked up in the table, on every date
/// (a fifth of the predictions step in a profile of March 2022). It now covers the whole query.
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum TrailingIndexV6 {
    static let statements = [
        "DROP INDEX prediction_accuracy_trailing",
        """
        CREATE INDEX prediction_accuracy_trailing
            ON prediction_accuracy(game_date, system_id, is_voided, absolute_error, line_value, actual_points,
                predicted_points)
        """,
    ]
}
