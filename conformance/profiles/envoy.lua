return {
  title = "Envoy (proxy-wasm-cpp-host)",
  options = "bad_pairs=empty,eos_flag=never,close_order=log_done_delete",
  xfail = {},
}
