return {
  title = "proxy_set_shared_data with a non-zero cas on a missing key creates it",
  abi = "all",
  kind = "host-defined",
  class = "positive",
  why = [[
The spec text and cpp-host create a missing key whatever the (non-zero)
cas; Kong's ngx_wasm_module answers cas_mismatch and stores nothing
(reference host option cas_absent=mismatch).  Expected: the cpp-host
behaviour.]],
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = { { "proxy_set_shared_data", "ok" } },
      shared_data = { key = "absent", value = "created" },
    } },
  },
}
