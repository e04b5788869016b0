return {
  title = "shared data keeps copies: changing the guest's key, value or read buffer changes nothing stored",
  abi = "all",
  kind = "spec-mandated",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_set_shared_data", "ok" },
        { "proxy_get_shared_data", "not_found" },
        { "proxy_get_shared_data", "ok", out = { value = "original" } },
        { "proxy_get_shared_data", "ok", out = { value = "original" } },
      },
      shared_datas = {
        { key = "k", value = "original" },
        { key = "j", missing = true },
      },
    } },
  },
}
