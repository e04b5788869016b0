-- Semantics of Proxy-Wasm ABI 0.2.0, in pwabi's own words: only what is new
-- or changed against 0.1.0 (whose semantics this version inherits).  Data
-- only; the format is spec/schema.lua.  Facts:
-- ../shared/reference/abi-semantics.md §2.6 and §3.
return {
  functions = {

    proxy_abi_version_0_2_0 = {
      summary = "Declares that the module speaks ABI 0.2.0; never called.",
      detail = [[
Compared with a 0.1.0 module, the host registers proxy_continue_stream and
proxy_close_stream instead of the request/response continues and the route
cache call, passes end_of_stream to the header callbacks, answers a missing
header with `not_found`, serves the configurations as buffers 6 and 7, and
looks up proxy_on_foreign_function.]],
      params = {},
      hosts = {
        { topic = "imports",
          ch = "Registers only the functions of the module's version: a "
            .. "0.2.x module importing proxy_continue_request or "
            .. "proxy_get_configuration fails to link.",
          ngx = "Registers every name for every version, the 0.1.0 ones "
            .. "included (and names of a withdrawn 2020 draft, mostly "
            .. "unimplemented)." },
      },
    },

    proxy_on_vm_start = {
      summary = "Starts the plugin's root context.",
      detail = [[
Since 0.2.0 the VM configuration is read with proxy_get_buffer_bytes on
buffer 6, `vm_configuration`; proxy_get_configuration is gone.  A 0 result
makes the host give up on this VM instance.]],
      params = {
        root_context_id = "Root context being started (erratum E16).",
        configuration_len = "Bytes in buffer 6; 0 when there is no VM "
          .. "configuration.",
      },
      result = "Non-zero when the start worked; 0 rejects the VM.",
      order = "Once per root context, right after "
        .. "`proxy_on_context_create(id, 0)` and before `proxy_on_configure`.",
      hosts = {
        { topic = "presence",
          ch = "Optional; when absent the start counts as successful.",
          ngx = "Required: a module without it is refused." },
        { topic = "buffer 6",
          ch = "Envoy serves buffer 6 at any time (erratum E21).",
          ngx = "Kong serves buffers 6 and 7 at any time (erratum E21)." },
      },
    },

    proxy_on_configure = {
      summary = "Delivers the plugin configuration to a root context.",
      detail = [[
Since 0.2.0 the configuration is read with proxy_get_buffer_bytes on
buffer 7, `plugin_configuration`.  Returning 0 makes the host reject the
plugin.]],
      params = {
        root_context_id = "Root context being configured.",
        configuration_len = "Bytes in buffer 7; 0 when there is no plugin "
          .. "configuration.",
      },
      result = "Non-zero accepts the configuration; 0 rejects the plugin.",
      order = "After `proxy_on_vm_start` for the same root, before any "
        .. "stream context of that root exists.",
      hosts = {
        { topic = "presence",
          ch = "Optional; when absent the configuration counts as accepted.",
          ngx = "Required: a module without it is refused." },
        { topic = "buffer 7",
          ch = "Buffer 7 is served during this callback and "
            .. "proxy_validate_configuration, `not_found` elsewhere.",
          ngx = "Buffer 7 is served at any time." },
      },
    },

    proxy_validate_configuration = {
      summary = "Asks whether a plugin configuration would be accepted, "
        .. "without applying it.",
      detail = [[
Since 0.2.0 the candidate is read from buffer 7.  The guest must not keep
state derived from it.  Not in any official document (erratum E8).]],
      params = {
        root_context_id = "Root context asked.",
        configuration_len = "Bytes of the candidate in buffer 7.",
      },
      result = "Non-zero accepts, 0 rejects.",
      order = "Before a configuration is applied; optional (absent means "
        .. "valid).",
      hosts = {
        { topic = "support",
          ch = "Used by Envoy's configuration validation.",
          ngx = "Never called." },
      },
    },

    proxy_on_request_headers = {
      summary = "The request headers of an HTTP stream are available.",
      detail = [[
New in 0.2.0: a third argument says whether the headers end the request.
The headers are read and changed through map 0, `request_headers`.]],
      params = {
        context_id = "Stream context of the request.",
        headers_count = "Number of header entries, pseudo-headers included.",
        end_of_stream = "Non-zero when no body or trailers follow.",
      },
      result = [[
`filter_headers_status`: 0 continues; 1 holds the request until
proxy_continue_stream(http_request) or a local response.]],
      order = "First stream callback after `proxy_on_context_create`.",
      hosts = {
        { topic = "end_of_stream",
          ch = "The real flag.",
          ngx = "Always 0 (erratum E22)." },
        { topic = "stop",
          ch = "1 becomes stop-all-iteration-and-watermark by default; "
            .. "2..4 from the C++ SDK are accepted.",
          ngx = "1 pauses; other non-zero values are errors." },
      },
    },

    proxy_on_response_headers = {
      summary = "The response headers of an HTTP stream are available.",
      detail = [[
New in 0.2.0: a third argument says whether the headers end the response.
The headers are read and changed through map 2, `response_headers`.]],
      params = {
        context_id = "Stream context of the response.",
        headers_count = "Number of header entries, pseudo-headers included.",
        end_of_stream = "Non-zero when no body or trailers follow.",
      },
      result = [[
`filter_headers_status`: 0 continues; 1 holds the response until
proxy_continue_stream(http_response).]],
      order = "After the request side has been passed upstream.",
      hosts = {
        { topic = "end_of_stream",
          ch = "The real flag.",
          ngx = "Always 0 (erratum E22)." },
      },
    },

    proxy_on_foreign_function = {
      summary = "A host foreign function calls back into the plugin.",
      detail = [[
New in 0.2.0.  The arguments are read from buffer 8,
`foreign_function_arguments`, during the callback; their format belongs to
the host function.]],
      params = {
        root_context_id = "Root context called.",
        function_id = "Host-defined id of the calling function.",
        arguments_len = "Bytes in buffer 8.",
      },
      hosts = {
        { topic = "use",
          ch = "Looked up for 0.2.x modules only.",
          ngx = "Used by `resolve_lua` to finish asynchronously, with "
            .. "function id 0." },
      },
    },

    proxy_continue_stream = {
      summary = "Resumes a paused side of the current stream.",
      detail = [[
Replaces 0.1.0's proxy_continue_request and proxy_continue_response.  The
resume takes effect when the current callback returns.]],
      callable = "stream",
      params = { stream_type = "Side to resume." },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The resume is scheduled.",
        bad_argument = "`stream_type` is not 0..3.",
        unimplemented = "The host cannot resume this side.",
        internal_failure = "Kong: a TCP side was named (not implemented).",
      },
      hosts = {
        { topic = "sides",
          ch = "Request and response resume decoding/encoding; downstream "
            .. "resumes reading; upstream is `unimplemented`.",
          ngx = "HTTP sides resume the request; TCP sides give "
            .. "`internal_failure` with an NYI log." },
      },
    },

    proxy_close_stream = {
      summary = "Closes or resets a side of the current stream.",
      detail = "The close takes effect when the current callback returns.",
      callable = "stream",
      params = { stream_type = "Side to close." },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The close is scheduled.",
        bad_argument = "`stream_type` is not 0..3.",
      },
      hosts = {
        { topic = "support",
          ch = "HTTP sides reset the stream; TCP sides close the connection "
            .. "after flushing.",
          ngx = "Not implemented: a call traps." },
      },
    },

    proxy_get_header_map_value = {
      summary = "Returns the value of one header or metadata entry.",
      detail = [[
Changed in 0.2.0: a key that is not in the map gives `not_found` (0.1.0
returned `ok` with an empty value).  When a key repeats, Envoy returns the
first value only.]],
      callable = "any",
      params = {
        headers_type = "Map to read (0..7).",
        key = "Entry name.",
        value = "Receives the guest address of a copy of the value.",
        value_len = "Receives the value length.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was copied (address 0 and length 0 when it is "
          .. "empty).",
        not_found = "The map has no entry with this key.",
        bad_argument = "`headers_type` is out of range, or the map is not "
          .. "available in this callback.",
        invalid_memory_access = "`key` or an out-pointer lies outside guest "
          .. "memory, or the allocator failed.",
      },
      hosts = {
        { topic = "missing key",
          ch = "`not_found` for 0.2.x modules.",
          ngx = "`not_found` for 0.2.x modules." },
      },
    },

    proxy_get_buffer_bytes = {
      summary = "Copies a byte range out of a buffer.",
      detail = [[
Since 0.2.0 the buffer can also be the VM configuration (6), the plugin
configuration (7) or a foreign function's arguments (8, during
proxy_on_foreign_function).  The range is clamped: a start at or past the
end gives an empty result, a range past the end is shortened.]],
      callable = "any",
      params = {
        buffer_type = "Buffer to read (0..8).",
        start = "Offset of the first byte.",
        length = "Most bytes to copy.",
        buf = "Receives the guest address of the copy.",
        buf_len = "Receives the number of bytes copied.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The clamped range was copied (0 and 0 when empty).",
        not_found = "The buffer does not exist in this callback.",
        bad_argument = "`buffer_type` is out of range.",
        invalid_memory_access = "An out-pointer lies outside guest memory, "
          .. "or the allocator failed.",
      },
      hosts = {
        { topic = "start",
          ch = "Honoured and clamped.",
          ngx = "Ignored: up to `length` bytes from offset 0." },
        { topic = "configuration",
          ch = "6 at any time; 7 in proxy_on_configure and validation only "
            .. "(erratum E21).",
          ngx = "6 and 7 at any time." },
      },
    },

    ------------------------------------------------------------------------
    -- Entries restated for proxy_continue_stream
    ------------------------------------------------------------------------

    proxy_on_request_trailers = {
      summary = "The HTTP request trailers are available.",
      detail = [[
The trailers are read and changed through the `request_trailers` map while
this callback runs.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        trailers_count = "Number of trailer entries.",
      },
      result = [[
`filter_trailers_status`: `continue` (0) passes them on; `stop_iteration`
(1) holds them until `proxy_continue_stream(http_request)`.]],
      order = "After the last `proxy_on_request_body`, only when the "
        .. "request has trailers.",
      hosts = {
        { topic = "support",
          ch = "0 continues; any other value stops iteration.",
          ngx = "Not implemented; never called." },
      },
    },

    proxy_on_response_trailers = {
      summary = "The HTTP response trailers are available.",
      detail = [[
The trailers are read and changed through the `response_trailers` map while
this callback runs.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        trailers_count = "Number of trailer entries.",
      },
      result = [[
`filter_trailers_status`: `continue` (0) passes them on; `stop_iteration`
(1) holds them until `proxy_continue_stream(http_response)`.]],
      order = "After the last `proxy_on_response_body`, only when the "
        .. "response has trailers.",
      hosts = {
        { topic = "support",
          ch = "0 continues; any other value stops iteration.",
          ngx = "Called only in builds with NGX_WASM_RESPONSE_TRAILERS." },
      },
    },
  },
}
