return {
  title = "a failed gRPC call is closed with status 1..6, read by proxy_get_status",
  kind = "spec-mandated",
  class = "positive",
  abi = "all",
  module = "call_close.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "canceled",
      message = "cancelled upstream", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 1, message = "cancelled upstream" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "unknown",
      message = "unknown error", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 2, message = "unknown error" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "invalid_argument",
      message = "bad request message", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 3, message = "bad request message" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "deadline_exceeded",
      message = "took too long", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 4, message = "took too long" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "not_found",
      message = "no such entity", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 5, message = "no such entity" } },
        },
      } },
    { "configure", ctx = "root", expect = {
      ret = 1, calls = { { "proxy_grpc_call", "ok" } },
    } },
    { "grpc_close", token = "last", status = "already_exists",
      message = "", expect = {
        callbacks = { "proxy_on_grpc_close" },
        calls = {
          { "proxy_get_status", "ok",
            out = { code = 6, message = "" } },
        },
      } },
  },
}
