return {
  title = "runner test: a guest that never returns is that case's failure",
  kind = "spec-mandated",
  class = "positive",
  steps = { { "root_done", expect = { ret = 1 } } },
}
