-- Module ops.tmpl.wat: configuration "" starts a call, "s" opens a
-- stream; each is then closed by the upstream with the next status.
local CALL = { "configure", ctx = "root", config = "", expect = {
  ret = 1, calls = { { "proxy_grpc_call", "ok" } } } }
local STREAM = { "configure", ctx = "root", config = "s", expect = {
  ret = 1, calls = { { "proxy_grpc_stream", "ok" } } } }
return {
  title = "every gRPC status (1..16, invalid_code) and its message reach on_grpc_close of a call or stream",
  kind = "spec-mandated",
  class = "positive",
  abi = { "v0_1_0", "v0_2_0", "v0_2_1", "vnext" },
  module = "ops.tmpl.wat",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    CALL,
    { "grpc_close", token = "last", status = "canceled", message = "cancelled upstream",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 1, message = "cancelled upstream" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "unknown", message = "unknown error",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 2, message = "unknown error" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "invalid_argument", message = "bad request message",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 3, message = "bad request message" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "deadline_exceeded", message = "took too long",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 4, message = "took too long" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "not_found", message = "no such entity",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 5, message = "no such entity" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "already_exists", message = "",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 6, message = "" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "permission_denied", message = "not allowed",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 7, message = "not allowed" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "resource_exhausted", message = "quota",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 8, message = "quota" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "failed_precondition", message = "precondition",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 9, message = "precondition" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "aborted", message = "aborted",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 10, message = "aborted" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "out_of_range", message = "range",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 11, message = "range" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "unimplemented", message = "no such method",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 12, message = "no such method" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "internal", message = "internal",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 13, message = "internal" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "unavailable", message = "try again",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 14, message = "try again" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "data_loss", message = "lost",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 15, message = "lost" } } } } },
    STREAM,
    { "grpc_close", token = "last", status = "unauthenticated", message = "who are you",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 16, message = "who are you" } } } } },
    CALL,
    { "grpc_close", token = "last", status = "invalid_code", message = "unreadable status",
      expect = { callbacks = { "proxy_on_grpc_close" }, calls = {
        { "proxy_get_status", "ok", out = { code = 4294967295, message = "unreadable status" } } } } },
  },
}
