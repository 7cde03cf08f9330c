/// matplotlib-inline's rule: every figure a cell makes appears at the end of the cell, once.
///
/// A figure shown before that, as the cell's last expression or through `display`, is not
/// shown again; one made and never displayed (`hist(x)` in the middle of a cell, a
/// `Figure(…)` filled through its axes) is shown when the cell ends, in the order the figures
/// were made. Showing a figure also closes it, so the next free call (`hist`, `axhline` …)
/// starts a new figure, as each Jupyter cell starts without a current figure.
extension _FolioKernel {
    static func observeFigures() {
        Figure.observeCreation { figure in
            displayLock.lock()
            defer { displayLock.unlock() }
            state.undisplayedFigures.append(figure)
        }
    }

    /// Called with `displayLock` held, as the figure is shown.
    static func shown(_ figure: Figure) {
        state.undisplayedFigures.removeAll { $0 === figure }
        figure.close()
    }

    static func showUndisplayedFigures() {
        displayLock.lock()
        let figures = state.undisplayedFigures
        state.undisplayedFigures = []
        displayLock.unlock()
        for figure in figures { show(figure: figure) }
    }

    /// A cell that stopped before its end leaves its figures to no one: the next cell starts
    /// without them, and without a current figure.
    static func forgetUndisplayedFigures() {
        displayLock.lock()
        let figures = state.undisplayedFigures
        state.undisplayedFigures = []
        displayLock.unlock()
        for figure in figures { figure.close() }
    }
}
