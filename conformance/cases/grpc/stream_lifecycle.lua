return {
  title = "a gRPC stream delivers metadata, messages, trailing metadata, close",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        { "proxy_grpc_stream", "ok" },
        { "proxy_grpc_send", "ok" },
      },
      callout = {
        token = "last", kind = "grpc_stream", upstream = "cluster_a",
        service = "pkg.Chat", method = "Talk", closed = false,
      },
    } },
    { "grpc_initial_metadata", token = "last",
      metadata = { { "x-server", "s1" }, { "x-other", "o" } }, expect = {
        callbacks = { "proxy_on_grpc_receive_initial_metadata" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "s1" } },
        },
        map = {
          ctx = "root", type = "grpc_receive_initial_metadata",
          pairs = { { "x-server", "s1" }, { "x-other", "o" } },
        },
      } },
    { "grpc_message", token = "last", message = "r1", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "r1" } },
        { "proxy_grpc_send", "ok" },
      },
      buffer = { ctx = "root", type = "grpc_receive_buffer", bytes = "r1" },
      callout = { token = "last", closed = true },
    } },
    { "grpc_message", token = "last", message = "r2\0", expect = {
      callbacks = { "proxy_on_grpc_receive" },
      calls = {
        { "proxy_get_buffer_bytes", "ok", out = { buf = "r2\0" } },
      },
      buffer = { ctx = "root", type = "grpc_receive_buffer", bytes = "r2\0" },
    } },
    { "grpc_trailing_metadata", token = "last",
      metadata = { { "x-trailer", "t" } }, expect = {
        callbacks = { "proxy_on_grpc_receive_trailing_metadata" },
        calls = {
          { "proxy_get_header_map_value", "ok", out = { value = "t" } },
        },
        map = {
          ctx = "root", type = "grpc_receive_trailing_metadata",
          pairs = { { "x-trailer", "t" } },
        },
      } },
    { "grpc_close", token = "last", status = "ok", message = "", expect = {
      callbacks = { "proxy_on_grpc_close" },
      calls = {
        { "proxy_get_status", "ok", out = { code = 0, message = "" } },
      },
    } },
  },
}
