return {
  title = "proxy_get_status with nothing recorded reads code 0, empty message",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_get_status", "ok", out = { code = 0, message = "" } },
      },
    } },
  },
}
