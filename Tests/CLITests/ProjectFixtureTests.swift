import Foundation
import Testing

/// A small project shaped like a real uni-app one (JSONC `pages.json`,
/// `manifest.json` and `tsconfig.json`, a `package.json`, a Vue page, a
/// Taro TSX page, a launch helper with spreads and a variable `extraData`)
/// holding exactly one real mistake. `avslint .` must print exactly the
/// committed output.
@Suite struct ProjectFixtureTests {
    static let project = CLIRunner.fixtures.appendingPathComponent("projects/uni-app-shop")
    static let expected = CLIRunner.fixtures.appendingPathComponent("projects/uni-app-shop.out")

    @Test func walkingTheProjectPrintsTheOneMistake() throws {
        let outcome = try CLIRunner.run(["."], in: Self.project)
        #expect(outcome.stdout == (try String(contentsOf: Self.expected, encoding: .utf8)))
        #expect(outcome.stderr == "")
        #expect(outcome.status == 1)
    }
}
