// folio-bench: Folio against its competitors, side by side in one run.
// Build with `swift run -c release folio-bench`; every figure printed is a median.
runEngineBenchmarks()
runPlotBenchmarks()
