#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// pyplot's figure manager, reduced to two things: the current figure that free calls
/// (`hist`, `axhline`, `text` …) draw on, and a host (the notebook kernel) that sees every
/// figure made, so that a figure nobody displayed can still be shown.
///
/// The current figure is kept per thread: two threads (or two tests running side by side)
/// drawing with free calls never draw on each other's figure.
enum FigureRegistry {
    struct State {
        var current: [UInt: Figure] = [:]
        var observer: (@Sendable (Figure) -> Void)?
    }

    nonisolated(unsafe) private static var state = State()
    private static let lock = Mutex(())

    private static var thread: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }

    static func created(_ figure: Figure) {
        let observer = lock.withLock { _ in state.observer }
        observer?(figure)
    }

    static func setObserver(_ observer: (@Sendable (Figure) -> Void)?) {
        lock.withLock { _ in state.observer = observer }
    }

    static var current: Figure? {
        let key = thread
        return lock.withLock { _ in state.current[key] }
    }

    static func makeCurrent(_ figure: Figure) {
        let key = thread
        lock.withLock { _ in state.current[key] = figure }
    }

    static func close(_ figure: Figure) {
        lock.withLock { _ in
            // Whichever thread made it current; no order is observable, nothing is written out.
            for (key, value) in state.current where value === figure { state.current[key] = nil }
        }
    }
}

extension Figure {
    /// Calls `observer` with every figure as it is made (`nil` stops it). The notebook kernel
    /// uses it to show, at the end of a cell, every figure the cell made and did not display.
    public static func observeCreation(_ observer: (@Sendable (Figure) -> Void)?) {
        FigureRegistry.setObserver(observer)
    }

    /// Free calls draw on this figure from now on (pyplot's `plt.figure(num)`).
    public func makeCurrent() { FigureRegistry.makeCurrent(self) }

    /// Ends this figure's time as the current figure: the next free call starts a new one
    /// (pyplot's `plt.close(fig)`). Showing a figure in a notebook closes it.
    public func close() { FigureRegistry.close(self) }

    /// The figure free calls draw on, made (3.5 × 2.5 in, as `plot`'s) if there is none.
    static func currentOrNew() -> Figure {
        if let figure = FigureRegistry.current { return figure }
        return figure()
    }
}

/// Starts a new one-axes figure that the free calls after it (`hist`, `bar`, `axhline` …)
/// draw on, as pyplot's `plt.figure(figsize=…)` does; d2l's 3.5 × 2.5 in by default.
@discardableResult
public func figure(figsize: (width: Double, height: Double) = (3.5, 2.5)) -> Figure {
    let figure = Figure(figsize: figsize)
    figure.makeCurrent()
    return figure
}
