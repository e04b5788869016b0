return {
  title = "shared data keys and values are binary-safe byte strings",
  abi = "all",
  kind = "spec-mandated",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "ok", out = { value = "\0v\0\1" } },
        { "proxy_get_shared_data", "not_found" },
      },
      shared_data = { key = "k\0\xff", value = "\0v\0\1" },
    } },
  },
}
