return {
  title = "emscripten_notify_memory_growth is accepted and ignored; pthread_equal is non-zero exactly for equal ids",
  kind = "host-defined",
  why = "Not in the documents (erratum E32): proxy-wasm-cpp-host serves both from env "
    .. "for C++ filters (spec/v0_1_0/abi.lua wasi.extras)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "positive",
  steps = {
    { "configure", ctx = "root", expect = {
      ret = 1,
      logs = { { "info", "eq" }, { "info", "ne" } },
    } },
  },
}
