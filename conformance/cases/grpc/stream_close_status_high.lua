return {
  title = "a gRPC stream closed with status 12..16 or invalid_code, read by get_status",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  module = "stream_close.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "unimplemented",
      message = "no such method", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 12, message = "no such method" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "internal",
      message = "internal", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 13, message = "internal" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "unavailable",
      message = "try again", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 14, message = "try again" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "data_loss",
      message = "lost", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 15, message = "lost" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "unauthenticated",
      message = "who are you", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 16, message = "who are you" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_stream", "ok" } },
    } },
    { "grpc_close", token = "last", status = "invalid_code",
      message = "unreadable status", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 4294967295, message = "unreadable status" } },
        },
      } },
  },
}
