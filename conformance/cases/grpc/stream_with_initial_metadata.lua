return {
  title = "a gRPC stream opens with its initial metadata; each received map and message is readable only in its callback",
  kind = "spec-mandated",
  class = "negative",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", config = "", expect = {
      ret = 1,
      calls = { { "proxy_grpc_stream", "ok" }, { "proxy_grpc_send", "ok" } },
      callout = {
        token = "last", kind = "grpc_stream", upstream = "cluster_a",
        service = "pkg.Chat", method = "Talk",
        headers = { { "x-trace", "t1" } }, body = "hello", closed = false,
      },
    } },
    { "grpc_initial_metadata", token = "last",
      metadata = { { "x-server", "s1" }, { "x-other", "o" } }, expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "s1" } },
          { "proxy_add_header_map_value", "bad_argument" },
          { "proxy_get_header_map_value", "bad_argument" },
        },
      } },
    { "grpc_message", token = "last", message = "m1", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "m1" } },
        { "proxy_get_header_map_value", "bad_argument" },
        { "proxy_grpc_send", "ok" },
      },
      callout = { token = "last", body = "bye", closed = true },
    } },
    { "grpc_trailing_metadata", token = "last",
      metadata = { { "x-trailer", "t" } }, expect = {
        callbacks = { "proxy_on_grpc_receive_trailing_metadata" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "t" } },
        },
      } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = {
        { "proxy_get_status", "ok", out = { code = 0, message = "" } },
      },
    } },
    { "configure", ctx = "root", config = "r", expect = {
      ret = 1,
      calls = {
        { "proxy_get_header_map_value", "bad_argument" },
        { "proxy_get_header_map_value", "bad_argument" },
        { "proxy_get_buffer_bytes", "not_found" },
      },
    } },
  },
}
