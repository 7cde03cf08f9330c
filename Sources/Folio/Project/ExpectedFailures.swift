/// Quarto's `error: true`: a cell expected to fail is shown failing, and the cells after it still
/// run. The program is one process, so a failed cell takes the rest with it; the orchestrator
/// runs the notebook again without that cell, keeping the failure it showed:
///
/// - compile errors only in `error: true` cells: those cells are left out and the rest compiled
///   again;
/// - a crash, an exit or a timeout in an `error: true` cell with cells after it: the program runs
///   again from the start without that cell. The cells before it run twice (the price: their
///   time again), and the cells after it see the state of a run where it never ran.
///
/// Each round leaves out at least one more cell, so this ends.
struct ExpectedFailures {
    var notebook: Notebook
    var executor: Executor

    func execute(_ program: Program) throws -> Executor.Execution {
        var program = program
        var execution = try executor.execute(notebook, program)
        var shown: [Int: CellResult] = [:]
        while let failed = leftOut(execution.results, program) {
            for index in failed { shown[index] = execution.results[index] }
            program = ProgramPlanner.plan(notebook, seed: program.seed, outputLimit: program.outputLimitOverride,
                                          excluding: program.excluded.union(failed))
            execution = try executor.execute(notebook, program)
        }
        for (index, result) in shown { execution.results[index] = result }
        return execution
    }

    /// The cells to leave out of another round, or nil when there is nothing to gain.
    private func leftOut(_ results: [CellResult], _ program: Program) -> Set<Int>? {
        let failing = results.indices.filter { results[$0].status.failure != nil }
        guard !failing.isEmpty, failing.allSatisfy({ notebook.cells[$0].options.error && !program.excluded.contains($0) }) else {
            return nil
        }
        if failing.contains(where: { results[$0].status.failure?.kind == .compileError }) { return Set(failing) }
        // A run-time failure ends the program: only the first cell failed, the rest did not run.
        guard let first = failing.first, results[(first + 1)...].contains(where: {
            if case .notRun = $0.status { return true }
            return false
        }) else { return nil }
        return [first]
    }
}
