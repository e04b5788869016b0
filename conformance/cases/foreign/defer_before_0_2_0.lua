return {
  title = "In 0.1.0, which has no proxy_on_foreign_function, pwabi.defer is ok and nothing is called back",
  kind = "host-defined",
  why = "proxy_on_foreign_function is new in 0.2.0 (generated/changelog.md); a host "
    .. "function that would call back has no callback to call in 0.1.0 "
    .. "(runtimes/hosts/reference/README.md pwabi.defer)",
  abi = "v0_1_0",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure" },
      calls = { { "proxy_call_foreign_function", "ok", out = { results_len = 0 } } },
    } },
    { "advance", ms = 10, expect = { callbacks = {} } },
  },
}
