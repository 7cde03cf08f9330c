import ArgumentParser
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new notebook from a template (never over an existing file).")

    @Argument(help: "The notebook's name, such as 'dropout' (written as notebooks/dropout.md), or a path ending in .md.")
    var name: String

    func run() throws {
        let path = name.hasSuffix(".md") ? name : "notebooks/\(name).md"
        let title = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard !FileManager.default.fileExists(atPath: path) else {
            report("\(path): error: already exists; choose another name")
            throw ExitCode(2)
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try Self.template(title: title).write(toFile: path, atomically: true, encoding: .utf8)
        print("wrote \(path); render it with: folio render \(path)")
    }

    static func template(title: String) -> String {
        """
        ---
        title: \(title)
        seed: 0
        ---

        # \(title)

        What this experiment asks, in prose. Maths goes in dollars: $y = \\sigma(Wx)$.

        ```{swift}
        //| label: setup
        let x = Tensor<Float>(linspace: -4, 4, count: 81)
        let y = tanh(x)
        y.max()
        ```

        @fig-curve shows the result.

        ```{swift}
        //| label: fig-curve
        //| fig-cap: "tanh on [−4, 4]."
        plot(x, y, xlabel: "x", ylabel: "tanh(x)")
        ```

        """
    }
}
