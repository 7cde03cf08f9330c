// Lead's placeholder until EngineBenchmarks.swift exists.
func runEngineBenchmarks() {}
