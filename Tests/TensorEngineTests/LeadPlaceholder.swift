// Lead's placeholder so the package loads; delete once this folder has real sources.
