return {
  title = "a root whose proxy_on_done returns 0 stays pending until proxy_done; on_delete follows that callback",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  steps = {
    { "root_done", ctx = "root", expect = { ret = 0, callbacks = { "proxy_on_done" } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick", "proxy_on_delete" },
      calls = { { "proxy_done", "ok" } },
    } },
    { "advance", ms = 300, expect = { callbacks = {} } },
  },
}
