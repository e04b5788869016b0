return {
  title = "Kong (ngx_wasm_module)",
  options = "empty_map=count0,cas0=create_only,cas_absent=mismatch,local_response=trap",
  xfail = {},
}
