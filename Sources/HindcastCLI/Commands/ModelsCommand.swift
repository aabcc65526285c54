import ArgumentParser
import HindcastReports
import HindcastStore

/// `hindcast models`: the model registry, with the dates each model predicted.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the trained models and which dates each one predicted.",
        discussion: """
            One row per model_registry model: its training range, rows and validation MAE, then the first and \
            last date it predicted, how many dates and predictions (player_prop_predictions.ml_model_id). With \
            walk-forward retraining (train --retrain monthly) each period is predicted by the newest model \
            trained before it.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var output: FormatOptions

    /// The listing's query.
    static let statement = """
        SELECT r.model_id, r.model_name, r.training_start_date, r.training_end_date, r.training_row_count,
            r.validation_mae, MIN(p.game_date) AS first_predicted, MAX(p.game_date) AS last_predicted,
            COUNT(DISTINCT p.game_date) AS dates_predicted, COUNT(p.game_date) AS predictions
        FROM model_registry r LEFT JOIN player_prop_predictions p ON p.ml_model_id = r.model_id
        GROUP BY r.model_id ORDER BY r.model_name, r.training_end_date, r.created_at, r.model_id
        """

    func run() throws {
        _ = try warehouse.openReadOnly()
        let result = try ReadOnlySQL.query(Self.statement, warehousePath: warehouse.path)
        print(TableRenderer.render(result, as: output.format), terminator: "")
    }
}
