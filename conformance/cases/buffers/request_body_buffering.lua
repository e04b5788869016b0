-- After stop_iteration_and_buffer or stop_iteration_and_watermark the next
-- chunk's callback sees everything held so far (length argument and
-- bytes); after continue or stop_iteration_no_buffer only the new chunk.
return {
  title = "request body: buffering statuses accumulate chunks, no_buffer and continue do not",
  kind = "spec-mandated",
  abi = "all",
  class = "positive",
  module = "body_buffering.tmpl.wat",
  steps = {
    { "http_open", ctx = "root", as = "a" },
    { "request_headers", ctx = "a", headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "a", body = "ab", eos = false, expect = {
      ret = "stop_iteration_and_buffer",
      logs = { { "info", "01" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "ab" } } },
    } },
    { "request_body", ctx = "a", body = "cd", eos = false, expect = {
      ret = "continue",
      logs = { { "info", "0123" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "abcd" } } },
    } },
    { "request_body", ctx = "a", body = "ef", eos = true, expect = {
      ret = "continue",
      logs = { { "info", "01" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "ef" } } },
    } },
    { "http_open", ctx = "root", as = "b" },
    { "request_headers", ctx = "b", headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "b", body = "ab", eos = false, expect = {
      ret = "stop_iteration_and_watermark",
      logs = { { "info", "01" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "ab" } } },
    } },
    { "request_body", ctx = "b", body = "cd", eos = true, expect = {
      ret = "continue",
      logs = { { "info", "0123" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "abcd" } } },
    } },
    { "http_open", ctx = "root", as = "c" },
    { "request_headers", ctx = "c", headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "c", body = "ab", eos = false, expect = {
      ret = "stop_iteration_no_buffer",
      logs = { { "info", "01" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "ab" } } },
    } },
    { "request_body", ctx = "c", body = "cd", eos = true, expect = {
      ret = "continue",
      logs = { { "info", "01" } },
      calls = { { "proxy_log", "ok" },
                { "proxy_get_buffer_bytes", "ok", out = { buf = "cd" } } },
    } },
  },
}
