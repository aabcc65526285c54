import Foundation
import HindcastCore
import HindcastTestSupport
import Testing

@Suite struct ProfileTests {
    @Test(arguments: ["default", "historical-backfill", "observed-only"])
    func checkedInProfileFilesEqualTheBuiltInProfiles(name: String) throws {
        // Regenerate with: swift run hindcast profile show NAME --profiles-dir /none > profiles/NAME.json
        let loaded = try ProfileLoader.load(name, directory: RepositoryPaths.root + "/profiles")
        #expect(loaded == Profile.builtIn[name])
        let text = try String(contentsOfFile: RepositoryPaths.root + "/profiles/\(name).json", encoding: .utf8)
        #expect(text == (try ProfileLoader.encode(Profile.builtIn[name]!)) + "\n")
    }

    @Test func aFileNeedsOnlyTheSettingsItChanges() throws {
        let json = #"{"name": "lean", "version": 1, "context": {"player_set": "pregame_roster"}}"#
        let profile = try ProfileLoader.decode(Data(json.utf8), path: "lean.json")
        #expect(profile.context.playerSet == .pregameRoster)
        #expect(profile.context.synthesize)
        #expect(profile.features == FeatureSettings())
    }

    @Test func aMisspeltSettingIsRefusedWithItsPath() throws {
        let json = #"{"name": "typo", "version": 1, "context": {"synthesise": false}}"#
        let error = try #require(throws: ProfileError.self) {
            try ProfileLoader.decode(Data(json.utf8), path: "typo.json")
        }
        #expect(error.description.hasPrefix("typo.json: at context.synthesise: unknown setting \"synthesise\""))
    }

    @Test func aProfileFromANewerFormatIsRefused() throws {
        let json = #"{"name": "future", "version": 7}"#
        let error = try #require(throws: ProfileError.self) {
            try ProfileLoader.decode(Data(json.utf8), path: "future.json")
        }
        #expect(error.description.contains("format version 7 is newer"))
    }

    @Test func featureWeightsDefaultToTheDesignTable() {
        let settings = FeatureSettings()
        #expect(settings.weight(of: .phase3Observed) == 87)
        #expect(settings.weight(of: .phase4SyntheticInput) == 80)
        #expect(settings.weight(of: .phase3Synthetic) == 75)
        #expect(settings.weight(of: .missing) == 0)
        #expect(
            QualityTier(score: 95) == .gold && QualityTier(score: 84.9) == .bronze
                && QualityTier(score: 49) == .critical)
    }

    @Test func trainingAndPredictionSettingsOnlyChangePhaseFiveFingerprints() {
        var changed = Profile.standard
        changed.training.trees = 50
        changed.predictions.edgeThreshold = 3
        for phase in ProcessorPhase.allCases where phase != .phase5 {
            #expect(changed.fingerprint(forPhase: phase) == Profile.standard.fingerprint(forPhase: phase), "\(phase)")
        }
        #expect(changed.fingerprint(forPhase: .phase5) != Profile.standard.fingerprint(forPhase: .phase5))
        var context = Profile.standard
        context.context.playerSet = .pregameRoster
        #expect(context.fingerprint(forPhase: .context) != Profile.standard.fingerprint(forPhase: .context))
    }
}
