return {
  title = "runner test: a trap is expected and seen",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", expect = { ret = 1 } },
    { "configure", expect = {
      drv = "trap",
      trap = { kind = "unreachable", where = "proxy_on_configure" },
    } },
    { "configure", expect = { drv = "failed", callbacks = {} } },
  },
}
