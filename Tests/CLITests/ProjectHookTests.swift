import Foundation
import Testing

/// The fixture project of `ProjectFixtureTests`, linted the way pre-commit
/// runs each hook of `.pre-commit-hooks.yaml` with `--all-files`: every file
/// whose extension matches one of the hook's `types_or` tags is named after
/// the hook's `entry`. The output must be the walk's, byte for byte, so the
/// hook needs no `files:` to stay silent on JSONC and package files.
@Suite struct ProjectHookTests {
    /// The extensions pre-commit's `identify` gives each tag the hooks use.
    static let extensionsByTag: [String: [String]] = [
        "yaml": ["yaml", "yml"], "json": ["json"], "javascript": ["js", "mjs", "cjs"],
        "jsx": ["jsx"], "ts": ["ts"], "tsx": ["tsx"], "vue": ["vue"],
    ]

    /// One hook definition: its id, the arguments its entry adds, its tags.
    struct Hook {
        var id: String
        var entryArguments: [String]
        var tags: [String]
    }

    /// Reads the hooks from `.pre-commit-hooks.yaml` (a flat list of
    /// mappings with `entry` and a block `types_or` list).
    static func hooks() throws -> [Hook] {
        let file = CLIRunner.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".pre-commit-hooks.yaml")
        var hooks: [Hook] = []
        var inTypes = false
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init) {
            if line.hasPrefix("- id: ") {
                hooks.append(Hook(id: String(line.dropFirst(6)), entryArguments: [], tags: []))
                inTypes = false
            } else if line.hasPrefix("  entry: "), !hooks.isEmpty {
                let words = line.dropFirst(9).split(separator: " ").map(String.init)
                hooks[hooks.count - 1].entryArguments = Array(words.dropFirst())
            } else if line == "  types_or:" {
                inTypes = true
            } else if inTypes, line.hasPrefix("    - "), !hooks.isEmpty {
                hooks[hooks.count - 1].tags.append(String(line.dropFirst(6)))
            } else {
                inTypes = false
            }
        }
        return hooks
    }

    /// The project's files, relative and sorted, hidden folders included.
    static func projectFiles() throws -> [String] {
        let root = ProjectFixtureTests.project
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    @Test func eachHookPrintsTheWalksOutput() throws {
        let hooks = try Self.hooks()
        #expect(hooks.map(\.id) == ["avslint", "avslint-bin"])
        let expected = try String(contentsOf: ProjectFixtureTests.expected, encoding: .utf8)
        let files = try Self.projectFiles()
        for hook in hooks {
            #expect(hook.entryArguments == ["--skip-non-configs"], "hook \(hook.id)")
            let extensions = Set(hook.tags.flatMap { Self.extensionsByTag[$0] ?? [] })
            #expect(extensions.count == 10, "hook \(hook.id) tags \(hook.tags)")
            let staged = files.filter { extensions.contains(($0 as NSString).pathExtension) }
            #expect(staged.contains(".hbuilderx/launch.json") && staged.contains("tsconfig.json"))
            let outcome = try CLIRunner.run(hook.entryArguments + staged, in: ProjectFixtureTests.project)
            #expect(outcome.stdout == expected, "hook \(hook.id)")
            #expect(outcome.stderr == "", "hook \(hook.id)")
            #expect(outcome.status == 1, "hook \(hook.id)")
        }
    }
}
