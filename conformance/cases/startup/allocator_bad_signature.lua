return {
  title = "A malloc export with a signature other than (i32) -> i32 is refused at load; nothing runs",
  kind = "host-defined",
  why = "proxy-wasm-cpp-host checks the signature of each ABI export it looks up and "
    .. "fails the load on a mismatch (spec/v0_1_0/abi.lua integration.malloc)",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  class = "negative",
  create = { drv = "failed", callbacks = {}, calls = {} },
  steps = {},
}
