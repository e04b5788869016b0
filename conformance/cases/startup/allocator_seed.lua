return {
  title = "The seed names no allocator: with malloc and proxy_on_memory_allocate both exported, the host allocates with malloc",
  kind = "host-defined",
  why = "v1alpha lists no allocator lookup order; proxy-wasm-cpp-host and Kong look up "
    .. "malloc first (erratum E7; runtimes/core/vm.c pw_vm_allocators)",
  abi = "v1alpha",
  class = "positive",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "abc", expect = {
      ret = 1,
      calls = {
        { "proxy_log", "ok" },
        { "proxy_get_configuration", "ok", out = { config = "abc" } },
      },
      logs = { { "info", "malloc" } },
    } },
  },
}
