/// The version of Hindcast: printed by `hindcast --version` and in the header of reports.
public enum HindcastVersion {
    /// The release of this build.
    public static let number = "0.16.0"

    /// `0.16.0 (feature set v1_54features, profile format 1)`.
    public static var description: String {
        "\(number) (feature set \(FeatureCatalog.version), profile format \(Profile.formatVersion))"
    }
}
