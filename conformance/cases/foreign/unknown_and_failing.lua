local KEPT = { "info", "kept" }
return {
  title = "An unregistered foreign function name (a known one's prefix, or it with a byte more) is not_found, pwabi.fail its own internal_failure; neither writes results",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host answers not_found for an unknown name (Kong traps instead); "
    .. "pwabi.fail is the reference host's documented failing function "
    .. "(spec/v0_1_0/semantics.lua proxy_call_foreign_function; "
    .. "runtimes/hosts/reference/README.md)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_call_foreign_function", "not_found" }, { "proxy_log", "ok" },
        { "proxy_call_foreign_function", "not_found" }, { "proxy_log", "ok" },
        { "proxy_call_foreign_function", "not_found" }, { "proxy_log", "ok" },
        { "proxy_call_foreign_function", "not_found" }, { "proxy_log", "ok" },
        { "proxy_call_foreign_function", "internal_failure" }, { "proxy_log", "ok" },
      },
      logs = { KEPT, KEPT, KEPT, KEPT, KEPT },
    } },
  },
}
