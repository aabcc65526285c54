/// The version of Hindcast, printed in reports (and by `hindcast --version`).
public enum HindcastVersion {
    public static let current = "0.16.0"
}
