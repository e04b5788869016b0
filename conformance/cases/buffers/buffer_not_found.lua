return {
  title = "buffers that are not available in the callback are not_found",
  kind = "spec-mandated",
  abi = "all",
  class = "negative",
  setup = "none",
  steps = {
    { "vm_start", as = "root", expect = { ret = 1 } },
    { "configure", ctx = "root", expect = {
      ret = 1,
      calls = {
        -- 0: http_request_body
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
        { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
        -- 1: http_response_body
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
        { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
        -- 2: network_downstream_data
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
        { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
        -- 3: network_upstream_data
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
        { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
        -- 4: http_call_response_body
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
        { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
        -- 5: grpc_receive_buffer
        { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
        { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
      },
    } },
    { "http_open", ctx = "root", as = "s" },
    { "request_headers", ctx = "s",
      headers = { { ":method", "POST" }, { ":path", "/" } },
      expect = { ret = "continue" } },
    { "request_body", ctx = "s", body = "body", eos = false,
      expect = {
        ret = "continue",
        calls = {
          -- 0: http_request_body, available here
          { "proxy_get_buffer_bytes", "ok", out = { buf = "body", buf_len = 4 } },
          { "proxy_get_buffer_status", "ok", out = { len = 4 } },
          -- 1: http_response_body
          { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
          -- 2: network_downstream_data
          { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
          -- 3: network_upstream_data
          { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
          -- 4: http_call_response_body
          { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
          -- 5: grpc_receive_buffer
          { "proxy_get_buffer_bytes", "not_found", out = { buf = false, buf_len = false } },
          { "proxy_get_buffer_status", "not_found", out = { len = false, flags = false } },
        },
      } },
  },
}
