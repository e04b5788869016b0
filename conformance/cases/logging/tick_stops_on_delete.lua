return {
  title = "a deleted root context gets no more ticks",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "advance", ms = 100, expect = { callbacks = { "proxy_on_tick" } } },
    { "root_done", ctx = "root", expect = { ret = 1, callbacks = { "proxy_on_done", "proxy_on_delete" } } },
    { "advance", ms = 1000, expect = { callbacks = {} } },
  },
}
