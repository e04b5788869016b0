return {
  title = "proxy_done finishes only the calling root: from a root that is not pending it is not_found while another root waits",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "waits", expect = { ret = 1, calls = {} } },
    { "vm_start", as = "ticks", vm_config = "t", expect = {
      ret = 1, calls = { { "proxy_set_tick_period_milliseconds", "ok" } },
    } },
    { "configure", ctx = "waits", expect = { ret = 1 } },
    { "configure", ctx = "ticks", expect = { ret = 1 } },
    { "root_done", ctx = "waits", expect = { ret = 0, callbacks = { "proxy_on_done" } } },
    -- "ticks" is not pending: not_found, and "waits" stays pending
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick" }, calls = { { "proxy_done", "not_found" } },
    } },
    { "root_done", ctx = "ticks", expect = { ret = 0, callbacks = { "proxy_on_done" } } },
    { "advance", ms = 100, expect = {
      callbacks = { "proxy_on_tick", "proxy_on_delete" }, calls = { { "proxy_done", "ok" } },
    } },
    -- "ticks" is gone with its timer; "waits" is still pending
    { "advance", ms = 500, expect = { callbacks = {}, calls = {} } },
  },
}
