return {
  title = "runner test: a message is logged",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", expect = { ret = 1, callbacks = { "proxy_on_start" } } },
    { "configure", expect = { ret = 1, calls = { { "proxy_log", "ok" } },
                              logs = { { "info", "hi" } } } },
  },
}
