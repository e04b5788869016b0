return {
  title = "pwabi.defer returns ok at once and the host calls proxy_on_foreign_function after the current callback with its arguments",
  kind = "host-defined",
  why = "A host function that finishes later calls back through proxy_on_foreign_function "
    .. "(Kong's resolve_lua); pwabi.defer is the reference host's such function "
    .. "(runtimes/hosts/reference/README.md, spec/v0_2_0/semantics.lua proxy_on_foreign_function)",
  abi = { "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure", "proxy_on_foreign_function" },
      calls = {
        { "proxy_call_foreign_function", "ok", out = { results_len = 0 } },
        { "proxy_get_buffer_bytes", "ok", out = { buf = "xyz" } },
      },
    } },
  },
}
