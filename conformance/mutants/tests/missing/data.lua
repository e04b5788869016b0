-- Stale data: a find that is not in its file must stop the run, naming
-- the mutant.
return {
  { id = "test-missing-find", area = "headers",
    file = "runtimes/hosts/reference/maps.c",
    find = "this text is not in maps.c", replace = "x",
    why = "harness test: stale data is loud" },
}
