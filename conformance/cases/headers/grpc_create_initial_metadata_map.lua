-- v1alpha only: the map grpc_create_initial_metadata and the callback
-- proxy_on_grpc_create_initial_metadata were removed in 0.1.0.
return {
  title = "grpc_create_initial_metadata is writable in on_grpc_create_initial_metadata",
  kind = "host-defined",
  abi = "v1alpha",
  class = "positive",
  why = "The seed defines the callback and the map but not when the host "
    .. "calls it.  pwabi's reading (semantics.lua), followed by the "
    .. "reference host: right after the callback that started a gRPC call "
    .. "or stream, with map 4 writable and sent as the call's initial "
    .. "metadata.  proxy-wasm-cpp-host never calls it (since ABI 0.1.0 "
    .. "initial metadata is an argument of proxy_grpc_call); Kong's "
    .. "ngx_wasm_module has no gRPC.",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      callbacks = { "proxy_on_configure",
                    "proxy_on_grpc_create_initial_metadata" },
      calls = {
        { "proxy_grpc_call", "ok" },
        { "proxy_set_header_map_pairs", "ok" },
        { "proxy_add_header_map_value", "ok" },
        { "proxy_add_header_map_value", "ok" },
        { "proxy_replace_header_map_value", "ok" },
        { "proxy_remove_header_map_value", "ok" },
        { "proxy_get_header_map_value", "ok", out = { value = "2" } },
        { "proxy_get_header_map_pairs", "ok", out = {
          buf = "\x02\x00\x00\x00\x05\x00\x00\x00\x01\x00\x00\x00"
            .. "\x03\x00\x00\x00\x01\x00\x00\x00x-old\x000\x00x-b\x002\x00",
          buf_len = 34 } },
        { "proxy_get_header_map_size", "ok", out = { len = 2 } },
      },
      callout = { token = "last", kind = "grpc", upstream = "cluster",
                  service = "pkg.Svc", method = "Get", body = "req",
                  headers = { { "x-old", "0" }, { "x-b", "2" } } },
    } },
  },
}
