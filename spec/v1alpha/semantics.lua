-- Semantics of the Envoy ABI v1alpha, in pwabi's own words.  Data only; the
-- format is described in spec/schema.lua.  Facts were checked against
-- proxy-wasm-cpp-host, Envoy and Kong's ngx_wasm_module (see
-- ../shared/reference/abi-semantics.md); where hosts disagree, `hosts` says so.
--
-- Conventions that hold for every entry and are not repeated there:
--   * Integers in guest memory are little-endian.  A `string` parameter is a
--     (pointer, length) pair of raw bytes, not NUL-terminated; pointer 0 with
--     length 0 is the empty string.
--   * Variable-size results (`ptr<ptr<char8>>` out-parameters) are copied
--     into a buffer that the host obtains from the guest allocator (real
--     hosts call the `malloc` or `proxy_on_memory_allocate` export; the seed
--     names none).  The guest owns that buffer and must free it.  A
--     zero-length result writes pointer 0 and length 0 and does not call
--     the allocator.
--   * `pairs` encoding: u32 count N; then N times (u32 key length, u32 value
--     length); then, for each pair in order, the key bytes, a NUL, the value
--     bytes, a NUL.  Lengths exclude the NULs.  Duplicate keys are allowed.
--   * "CH" is proxy-wasm-cpp-host with Envoy on top, "NGX" is Kong's
--     ngx_wasm_module.  Where CH returns a status for misuse (bad pointer,
--     wrong phase, unknown id), NGX usually traps and recycles the instance,
--     and it reports a failing allocator as `internal_failure`.  Those general
--     differences are not repeated in `hosts`.
--   * Real hosts import host functions from module `env` and expect callbacks
--     as plain exports (erratum E2).
return {
  functions = {

    ------------------------------------------------------------------------
    -- Callbacks (module `envoy_extension`, exported by the guest)
    ------------------------------------------------------------------------

    proxy_on_start = {
      summary = "Starts a root context; the guest sets up its VM-wide state.",
      detail = [[
The VM configuration can be read with `proxy_get_configuration` while this
callback runs.  Returning 0 makes the host reject the plugin.]],
      params = {
        root_context_id = "Root context being started.",
        configuration_len = "Length in bytes of the VM configuration "
          .. "(0 when there is none).",
      },
      result = "Non-zero when the start succeeded; 0 when it failed, "
        .. "and the host then rejects the plugin.",
      order = [[
Once per root context, directly after `proxy_on_create(root_context_id, 0)`
and before the configuration callbacks.]],
      hosts = {
        { topic = "export name",
          ch = "Calls `proxy_on_vm_start` (same signature); an export named "
            .. "`proxy_on_start` is never called.",
          ngx = "Requires `proxy_on_vm_start`; a module without it is "
            .. "refused." },
        { topic = "frequency",
          ch = [[Once per plugin root context, not once per VM.  Envoy also
runs a canary copy of the VM, so the callback can be seen more than once.]],
          ngx = "Once per filter root context per instance." },
      },
    },

    proxy_validate_configuration = {
      summary = "Asks the guest whether a plugin configuration is "
        .. "acceptable, without applying it.",
      detail = [[
The candidate configuration is read with `proxy_get_configuration` during
the call.  The guest must not keep state derived from it: a later
`proxy_on_configure` delivers the configuration that is actually used.]],
      params = {
        root_context_id = "Root context asked to validate.",
        configuration_len = "Length in bytes of the candidate plugin "
          .. "configuration.",
      },
      result = "Non-zero accepts the configuration; 0 rejects it.",
      order = [[
Before the host applies a plugin configuration.  The callback is optional:
when it is not exported, every configuration counts as valid.]],
      hosts = {
        { topic = "support",
          ch = "Looked up and used by Envoy's configuration validation; "
            .. "not part of any versioned Proxy-Wasm ABI.",
          ngx = "Never looked up or called." },
      },
    },

    proxy_on_configure = {
      summary = "Delivers the plugin configuration to a root context.",
      detail = [[
The configuration bytes are read with `proxy_get_configuration` while this
callback runs.  Returning 0 makes the host reject the plugin.]],
      params = {
        root_context_id = "Root context being configured.",
        configuration_len = "Length in bytes of the plugin configuration "
          .. "(0 when there is none).",
      },
      result = "Non-zero when the configuration was accepted; 0 when it "
        .. "was not, and the host then rejects the plugin.",
      order = "After `proxy_on_start` for the same root context, before "
        .. "any stream context of that root is created.",
      hosts = {
        { topic = "required",
          ch = "Optional; a missing export counts as success.",
          ngx = "Required; a module without it is refused." },
      },
    },

    proxy_on_tick = {
      summary = "Timer callback of a root context.",
      detail = [[
Each root context has one timer, set with
`proxy_set_tick_period_milliseconds`.]],
      params = {
        root_context_id = "Root context whose timer fired.",
      },
      order = [[
First call one period after the period is set; the timer re-arms after each
call.  A period of 0 stops the calls.]],
    },

    proxy_on_queue_ready = {
      summary = "Tells a root context that an item was added to a shared "
        .. "queue it registered.",
      detail = [[
The guest fetches the items with `proxy_dequeue_shared_queue`; the queue may
hold more than one item by the time the callback runs.]],
      params = {
        root_context_id = "Root context that registered the queue "
          .. "(the most recent registrant).",
        token = "Token of the queue, as returned by "
          .. "`proxy_register_shared_queue`.",
      },
      order = [[
Once per successful `proxy_enqueue_shared_queue`, after the enqueue, on the
thread of the registering root context.]],
      hosts = {
        { topic = "delivery",
          ch = "Posted to the registrant's thread once per enqueue; only "
            .. "the last registrant is notified.",
          ngx = "Looked up but never called." },
      },
    },

    proxy_on_create = {
      summary = "Announces a new root or stream context to the guest.",
      detail = [[
Context ids are allocated by the host and are not reused while the VM
lives; root and stream contexts share one id space.  For an HTTP stream the
reference host creates the context lazily, when the request headers
arrive.]],
      params = {
        context_id = "Id of the new context; never 0.",
        root_context_id = "Root context the new context belongs to, or 0 "
          .. "when `context_id` is itself a root context.",
      },
      order = [[
First callback for any context: before `proxy_on_start` for a root context,
before `proxy_on_new_connection` or `proxy_on_request_headers` for a
stream.]],
      hosts = {
        { topic = "export name",
          ch = [[Calls `proxy_on_context_create` (same signature).  If a
request never reaches the filter, Envoy creates the context in the log phase,
just before `proxy_on_log`.]],
          ngx = "Requires `proxy_on_context_create`; a module without it is "
            .. "refused." },
        { topic = "ids",
          ch = "1, 2, ... per VM.",
          ngx = "Root ids are a CRC32 of the filter name and configuration; "
            .. "stream ids come from a process-wide counter." },
      },
    },

    proxy_on_new_connection = {
      summary = "A new L4 (TCP) connection reached the filter.",
      params = {
        context_id = "Stream context of the connection.",
      },
      result = [[
`filter_status`: `continue` (0) lets the connection proceed to the next
filters; `stop_iteration` (1) holds it.]],
      order = "Directly after `proxy_on_create` for an L4 stream context.",
      hosts = {
        { topic = "result",
          ch = "0 continues; any other value stops iteration.",
          ngx = "L4 filters are not implemented; never called." },
      },
    },

    proxy_on_downstream_data = {
      summary = "Data arrived from the downstream (client) side of an L4 "
        .. "connection.",
      detail = [[
The bytes are readable with `proxy_get_buffer_bytes(network_downstream_data)`
during the call.]],
      params = {
        context_id = "Stream context of the connection.",
        data_len = "Number of bytes in `network_downstream_data`.",
        end_of_stream = "Non-zero when the downstream side has finished "
          .. "sending.",
      },
      result = [[
`filter_status`: `continue` (0) passes the data on; `stop_iteration` (1)
holds it.]],
      order = "After `proxy_on_new_connection`; once per chunk of data.",
      hosts = {
        { topic = "result",
          ch = "0 continues; any other value stops iteration.",
          ngx = "L4 filters are not implemented; never called." },
      },
    },

    proxy_on_upstream_data = {
      summary = "Data arrived from the upstream (server) side of an L4 "
        .. "connection.",
      detail = [[
The bytes are readable with `proxy_get_buffer_bytes(network_upstream_data)`
during the call.]],
      params = {
        context_id = "Stream context of the connection.",
        data_len = "Number of bytes in `network_upstream_data`.",
        end_of_stream = "Non-zero when the upstream side has finished "
          .. "sending.",
      },
      result = [[
`filter_status`: `continue` (0) passes the data on; `stop_iteration` (1)
holds it.]],
      order = "After `proxy_on_new_connection`; once per chunk of data.",
      hosts = {
        { topic = "result",
          ch = "0 continues; any other value stops iteration.",
          ngx = "L4 filters are not implemented; never called." },
      },
    },

    proxy_on_downstream_connection_close = {
      summary = "The downstream side of an L4 connection was closed.",
      params = {
        context_id = "Stream context of the connection.",
        peer = "Who closed it: `local` (the proxy), `remote` (the client) "
          .. "or `unknown`.",
      },
      order = [[
After the last `proxy_on_downstream_data`.  Once both sides are closed, the
end-of-context callbacks follow (`proxy_on_done`, `proxy_on_log`,
`proxy_on_delete`).]],
      hosts = {
        { topic = "support",
          ch = "Called with Envoy's close type as `peer`.",
          ngx = "L4 filters are not implemented; never called." },
      },
    },

    proxy_on_upstream_connection_close = {
      summary = "The upstream side of an L4 connection was closed.",
      params = {
        context_id = "Stream context of the connection.",
        peer = "Who closed it: `local` (the proxy), `remote` (the server) "
          .. "or `unknown`.",
      },
      order = [[
After the last `proxy_on_upstream_data`.  Once both sides are closed, the
end-of-context callbacks follow.]],
      hosts = {
        { topic = "trigger",
          ch = "Envoy synthesizes it, with `peer` = `unknown`, when it sees "
            .. "end of stream on the write path.",
          ngx = "L4 filters are not implemented; never called." },
      },
    },

    proxy_on_request_headers = {
      summary = "The request headers of an HTTP stream are available.",
      detail = [[
The headers are read and changed through the `request_headers` map while
this callback runs.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        headers_count = "Number of header entries, pseudo-headers "
          .. "included.",
      },
      result = [[
`filter_headers_status`: `continue` (0) passes the headers to the next
filter; `stop_iteration` (1) holds the request until
`proxy_continue_request` (or a local response).]],
      order = "First stream callback after `proxy_on_create`.",
      hosts = {
        { topic = "stop_iteration",
          ch = [[By default 1 becomes "stop all iteration and watermark":
body and trailers are held as well.  Values 2..4 from the C++ SDK are
accepted; larger values also mean stop all.]],
          ngx = "1 pauses the request; other non-zero values are "
            .. "reported as errors." },
      },
    },

    proxy_on_request_body = {
      summary = "A chunk of the HTTP request body is available.",
      detail = [[
The bytes are read with `proxy_get_buffer_bytes(http_request_body)`.  When
`end_of_stream` is set, the reference host lets the guest create request
trailers through the `request_trailers` map.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        body_buffer_length = [[
Bytes readable in `http_request_body`: this chunk, or everything buffered so
far when an earlier call returned a buffering status.]],
        end_of_stream = "Non-zero when this is the last body data of the "
          .. "request.",
      },
      result = [[
`filter_data_status`: `continue` (0) passes the data on;
`stop_iteration_and_buffer` (1) holds it and keeps buffering;
`stop_iteration_and_watermark` (2) holds it and applies flow control;
`stop_iteration_no_buffer` (3) holds it without buffering.]],
      order = "After `proxy_on_request_headers`; once per body chunk.",
      hosts = {
        { topic = "result",
          ch = "Values above 3 are treated as `stop_iteration_no_buffer`.",
          ngx = "Only 0 (continue) and 1 (pause) are supported." },
      },
    },

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
(1) holds them until `proxy_continue_request`.]],
      order = "After the last `proxy_on_request_body`, only when the "
        .. "request has trailers.",
      hosts = {
        { topic = "support",
          ch = "0 continues; any other value stops iteration.",
          ngx = "Not implemented; never called." },
      },
    },

    proxy_on_request_metadata = {
      summary = "A block of request metadata (not headers) reached the "
        .. "filter.",
      detail = [[
The seed gives no map type for metadata, so only the count is visible to
the guest.  Metadata cannot stop the filter chain.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        elements_count = "Number of metadata entries in the block.",
      },
      result = "`filter_metadata_status`: always `continue` (0).",
      order = "Between the request callbacks, whenever metadata arrives.",
      hosts = {
        { topic = "support",
          ch = "The export is looked up; its result is always treated as "
            .. "continue.  Not part of any versioned Proxy-Wasm ABI.",
          ngx = "Not implemented; never called." },
      },
    },

    proxy_on_response_headers = {
      summary = "The response headers of an HTTP stream are available.",
      detail = [[
The headers are read and changed through the `response_headers` map while
this callback runs.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        headers_count = "Number of header entries, pseudo-headers "
          .. "included.",
      },
      result = [[
`filter_headers_status`: `continue` (0) passes the headers on;
`stop_iteration` (1) holds the response until `proxy_continue_response`.]],
      order = "After the request side, when the response headers "
        .. "arrive.",
      hosts = {
        { topic = "stop_iteration",
          ch = [[By default 1 becomes "stop all iteration and watermark":
body and trailers are held as well.  Values 2..4 from the C++ SDK are
accepted; larger values also mean stop all.]],
          ngx = "Pausing is not supported in this step; non-zero values "
            .. "are reported as errors." },
      },
    },

    proxy_on_response_body = {
      summary = "A chunk of the HTTP response body is available.",
      detail = [[
The bytes are read with `proxy_get_buffer_bytes(http_response_body)`.  When
`end_of_stream` is set, the reference host lets the guest create response
trailers through the `response_trailers` map.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        body_buffer_length = [[
Bytes readable in `http_response_body`: this chunk, or everything buffered
so far when an earlier call returned a buffering status.]],
        end_of_stream = "Non-zero when this is the last body data of the "
          .. "response.",
      },
      result = [[
`filter_data_status`: `continue` (0) passes the data on;
`stop_iteration_and_buffer` (1) holds it and keeps buffering;
`stop_iteration_and_watermark` (2) holds it and applies flow control;
`stop_iteration_no_buffer` (3) holds it without buffering.]],
      order = "After `proxy_on_response_headers`; once per body chunk.",
      hosts = {
        { topic = "result",
          ch = "Values above 3 are treated as `stop_iteration_no_buffer`.",
          ngx = "Only 0 and 1 are supported; here 1 asks the host to "
            .. "buffer the body." },
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
(1) holds them until `proxy_continue_response`.]],
      order = "After the last `proxy_on_response_body`, only when the "
        .. "response has trailers.",
      hosts = {
        { topic = "support",
          ch = "0 continues; any other value stops iteration.",
          ngx = "Called only in builds with NGX_WASM_RESPONSE_TRAILERS." },
      },
    },

    proxy_on_response_metadata = {
      summary = "A block of response metadata (not headers) reached the "
        .. "filter.",
      detail = [[
The seed gives no map type for metadata, so only the count is visible to
the guest.  Metadata cannot stop the filter chain.]],
      params = {
        context_id = "Stream context of the HTTP request.",
        elements_count = "Number of metadata entries in the block.",
      },
      result = "`filter_metadata_status`: always `continue` (0).",
      order = "Between the response callbacks, whenever metadata arrives.",
      hosts = {
        { topic = "support",
          ch = "The export is looked up; its result is always treated as "
            .. "continue.  Not part of any versioned Proxy-Wasm ABI.",
          ngx = "Not implemented; never called." },
      },
    },

    proxy_on_done = {
      summary = "The host has finished with a context and asks whether the "
        .. "guest has too.",
      detail = [[
For a root context (e.g. at shutdown) the guest may return 0
to keep it alive while it finishes work such as pending calls; it must then
call `proxy_done` from that root context, after which `proxy_on_delete`
follows.  For a stream context the result is advisory: the host deletes the
context anyway.]],
      params = {
        context_id = "Context that has completed.",
      },
      result = [[
Non-zero: the guest is done and the host may delete the context.  0: the
root context is still busy and stays pending until the guest calls
`proxy_done`.]],
      order = [[
Spec order: `proxy_on_done`, then `proxy_on_log`, then `proxy_on_delete`.
For a root context a non-zero result leads straight to `proxy_on_delete`.]],
      hosts = {
        { topic = "order",
          ch = [[HTTP streams: `proxy_on_log` first, then `proxy_on_done`,
then `proxy_on_delete`.  L4 streams: done, log, delete, once both sides are
closed.]],
          ngx = "Done, log, delete." },
        { topic = "result",
          ch = "Honoured for root contexts only; ignored for streams.",
          ngx = "Always ignored." },
      },
    },

    proxy_on_log = {
      summary = "Last look at a completed stream, meant for access "
        .. "logging.",
      detail = [[
Headers, trailers and properties of the finished stream can still be read.
In the reference host the request trailers are not available here, and
asking for a map that is gone yields `not_found`.]],
      params = {
        context_id = "Stream context being logged.",
      },
      order = "Spec: after `proxy_on_done` and before `proxy_on_delete`.",
      hosts = {
        { topic = "order",
          ch = [[Envoy HTTP streams call it before `proxy_on_done` (the
access-log phase runs before the filter is destroyed); L4 streams call it
after `proxy_on_done`.]],
          ngx = "After `proxy_on_done`, before `proxy_on_delete`." },
      },
    },

    proxy_on_delete = {
      summary = "The context is gone; no further callback will name it.",
      detail = [[
The guest releases everything it keeps for the context.  Host calls made
for it afterwards, e.g. through `proxy_set_effective_context`, fail.]],
      params = {
        context_id = "Context that was destroyed.",
      },
      order = [[
Last callback for a context: after `proxy_on_done` (and `proxy_on_log` for
streams); for a pending root context, after the callback in which it called
`proxy_done` has returned.]],
    },

    proxy_on_http_call_response = {
      summary = "Delivers the outcome of an HTTP call made with "
        .. "`proxy_http_call`.",
      detail = [[
The response is readable only during this callback: headers through map
`http_call_response_headers`, body through buffer `http_call_response_body`,
trailers through map `http_call_response_trailers`.  A failed call (reset,
or a response too large to buffer) is reported with all three counts 0, and
`proxy_get_status` then yields `broken_connection` with a short message.
How a timeout is reported is not defined by the seed.  To act on the stream
that started the call, the guest calls `proxy_set_effective_context`.]],
      params = {
        context_id = "Root context that issued the call (calls always run "
          .. "on the root).",
        token = "Token written by `proxy_http_call`.",
        headers_count = "Number of response header entries; 0 on failure.",
        body_size = "Response body length in bytes; 0 on failure.",
        trailers_count = "Number of response trailer entries; 0 on "
          .. "failure.",
      },
      order = [[
Once per successful `proxy_http_call`, after the callback that made the
call has returned.  The token is invalid afterwards.]],
      hosts = {
        { topic = "failure",
          ch = "Counts (0, 0, 0); `proxy_get_status` gives "
            .. "`broken_connection` and \"reset\".",
          ngx = [[Counts (0, 0, 0); the reason is in the extra
`:dispatch_status` entry of the response header map.]] },
        { topic = "trailers",
          ch = "`trailers_count` reflects the response.",
          ngx = "`trailers_count` is always 0." },
      },
    },

    proxy_on_grpc_create_initial_metadata = {
      summary = "Lets the guest fill in the initial metadata of an outgoing "
        .. "gRPC call or stream.",
      detail = [[
Not defined by the seed beyond its signature.  pwabi's reading: while the
host starts a call made with `proxy_grpc_call` or `proxy_grpc_stream`, it
calls this callback so the guest can add entries to the
`grpc_create_initial_metadata` map, the only place where that map is
writable.  In the reference lineage the hook runs inline, while the call is
being started, so the guest may not yet have seen `token`.]],
      params = {
        context_id = "Root context that issued the gRPC call.",
        token = "Token of the call or stream being started.",
        headers_count = "Number of entries already in the metadata map.",
      },
      order = "At most once per gRPC call or stream, before any other "
        .. "callback for `token`.",
      hosts = {
        { topic = "support",
          ch = [[Not called.  Since ABI 0.1.0, initial metadata is a pairs
argument of `proxy_grpc_call` / `proxy_grpc_stream` instead.]],
          ngx = "Not called; gRPC is not implemented." },
      },
    },

    proxy_on_grpc_receive_initial_metadata = {
      summary = "The server's initial metadata of a gRPC stream arrived.",
      detail = [[
The entries are readable through the `grpc_receive_initial_metadata` map
during this callback only.]],
      params = {
        context_id = "Root context that opened the stream.",
        token = "Token written by `proxy_grpc_stream`.",
        headers_count = "Number of metadata entries.",
      },
      order = "Once per stream, before its first `proxy_on_grpc_receive`.",
      hosts = {
        { topic = "map number",
          ch = "Calls it; the map is number 4 in ABI 0.1.0 numbering.",
          ngx = "Not called; gRPC is not implemented." },
      },
    },

    proxy_on_grpc_trailing_metadata = {
      summary = "The server's trailing metadata of a gRPC stream arrived.",
      detail = [[
The entries are readable through the `grpc_receive_trailing_metadata` map
during this callback only.]],
      params = {
        context_id = "Root context that opened the stream.",
        token = "Token written by `proxy_grpc_stream`.",
        trailers_count = "Number of metadata entries.",
      },
      order = "After the last `proxy_on_grpc_receive` of the stream and "
        .. "before `proxy_on_grpc_close`.",
      hosts = {
        { topic = "export name",
          ch = [[Calls `proxy_on_grpc_receive_trailing_metadata` (same
signature; map number 5 in ABI 0.1.0 numbering); this name is never called.]],
          ngx = "Not called; gRPC is not implemented." },
      },
    },

    proxy_on_grpc_receive = {
      summary = "A response message of a gRPC call or stream arrived.",
      detail = [[
The serialized message is readable with
`proxy_get_buffer_bytes(grpc_receive_buffer)` during this callback only.
For a unary call this is the single success notification and the call is
finished afterwards (no `proxy_on_grpc_close` follows).  For a stream it
runs once per message.]],
      params = {
        context_id = "Root context that issued the call or stream.",
        token = "Token of the call or stream.",
        response_size = "Length of the message in bytes.",
      },
      order = [[
Call: at most once, instead of `proxy_on_grpc_close`.  Stream: after
`proxy_on_grpc_receive_initial_metadata`, once per message.]],
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not called; gRPC is not implemented." },
      },
    },

    proxy_on_grpc_close = {
      summary = "A gRPC call failed, or a gRPC stream was closed by the "
        .. "remote side.",
      detail = [[
During this callback `proxy_get_status` returns the gRPC status and its
message.  No further callback names `token` afterwards.]],
      params = {
        context_id = "Root context that issued the call or stream.",
        token = "Token of the call or stream.",
        status_code = [[
Final gRPC status, 0..16, or `invalid_code` (0xFFFFFFFF) when the status sent
by the server could not be read.]],
      },
      order = [[
Call: only on failure, instead of `proxy_on_grpc_receive`.  Stream: last
callback, after `proxy_on_grpc_trailing_metadata`.]],
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not called; gRPC is not implemented." },
      },
    },

    ------------------------------------------------------------------------
    -- Host functions (module `envoy`, imported from `env` in practice)
    ------------------------------------------------------------------------

    proxy_get_configuration = {
      summary = "Returns the configuration that the current configuration "
        .. "callback is about.",
      detail = [[
In `proxy_on_configure` and `proxy_validate_configuration` this is the plugin
configuration; in `proxy_on_start` it is the VM configuration.  Elsewhere the
seed does not say; the reference host returns the configuration of the
current root context.  The bytes are opaque to the host.]],
      callable = "root",
      params = {
        config = "Receives the guest address of a copy of the "
          .. "configuration.",
        config_len = "Receives the configuration length in bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The configuration was copied (0 and 0 when it is empty).",
        invalid_memory_access = [[
An out-pointer is outside guest memory, or the guest allocator returned 0 or
an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "availability",
          ch = [[Registered only for ABI 0.1.0 modules; later ABIs read the
configuration as buffers.]],
          ngx = "Always registered." },
      },
    },

    proxy_get_status = {
      summary = "Returns the status code and message recorded by the last "
        .. "asynchronous failure.",
      detail = [[
The host keeps one status per root context.  It is set when a gRPC call or
stream closes (gRPC status and message) and when an HTTP call fails
(`broken_connection`); it is meaningful only inside `proxy_on_grpc_close` and
`proxy_on_http_call_response`.  With nothing recorded it reads as code 0
and an empty message.]],
      callable = "any",
      params = {
        code = [[
Receives the stored code as a u32.  Despite the `wasm_result` type it holds
a gRPC status after a gRPC close.]],
        message = "Receives the guest address of a copy of the message.",
        message_len = "Receives the message length in bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "Code and message were written.",
        invalid_memory_access = [[
An out-pointer is outside guest memory, or the guest allocator returned 0 or
an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_log = {
      summary = "Writes one message to the host's log at the given level.",
      detail = "The host adds its own prefix and may drop messages below "
        .. "its configured level.",
      callable = "any",
      params = {
        level = "Severity, a `log_level` value (0..5).",
        message = "Message bytes; no trailing newline or NUL is needed.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The message was accepted (whether or not it is printed).",
        bad_argument = "`level` is not a `log_level` value.",
        invalid_memory_access = "`message` is not inside guest memory.",
      },
      hosts = {
        { topic = "levels",
          ch = "Envoy prefixes the plugin, root and VM ids.",
          ngx = "`trace` messages are logged at debug level." },
      },
    },

    proxy_set_tick_period_milliseconds = {
      summary = "Sets the period of the calling root context's timer.",
      detail = [[
A new period replaces the old one and restarts the timer; 0 stops it.  The
first `proxy_on_tick` comes one period later.  The seed requires a root
context (e.g. in `proxy_on_start` or `proxy_on_tick`).]],
      callable = "root",
      params = {
        period_millis = "Period in milliseconds; 0 disables the timer.",
      },
      result = "Always `ok`.",
      status = {
        ok = "The period was stored.",
      },
      hosts = {
        { topic = "context",
          ch = "Accepted from any context; applies to the caller's root "
            .. "context.",
          ngx = "Traps outside the root context, and when a non-zero "
            .. "period is set while one is already active." },
      },
    },

    proxy_get_current_time_nanoseconds = {
      summary = "Returns the current wall-clock time.",
      detail = [[
Nanoseconds since the Unix epoch.  The value may be coarse or cached for the
duration of a callback.]],
      callable = "any",
      params = {
        time = "Receives the time as a u64 (8 bytes).",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The time was written.",
        invalid_memory_access = "`time` is not inside guest memory.",
      },
    },

    proxy_get_property = {
      summary = "Reads a host property (request, connection, plugin or "
        .. "custom state) by path.",
      detail = [[
`path` is a list of segments separated by NUL bytes, e.g. `request\0path`;
a trailing NUL is allowed.  The value encoding depends on the host and the
property: strings and bytes are raw, integers and times are 8-byte
little-endian, booleans 1 byte, messages serialized, maps and lists use the
`pairs` encoding.]],
      callable = "any",
      params = {
        path = "NUL-separated property path.",
        value = "Receives the guest address of a copy of the value.",
        value_len = "Receives the value length in bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was copied (0 and 0 when it is empty).",
        not_found = "No property has this path in the current context.",
        serialization_failure = "The value exists but has no byte "
          .. "encoding.",
        internal_failure = "The host failed to extract a field on the path.",
        invalid_memory_access = [[
`path` or an out-pointer is outside guest memory, or the guest allocator
returned 0 or an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "path",
          ch = "Splits on NUL, so both trailing-NUL forms work.",
          ngx = "Turns each NUL into `.` without trimming, so a trailing "
            .. "NUL becomes a trailing dot." },
        { topic = "values",
          ch = "Typed binary encoding as described.",
          ngx = "Always strings; booleans are `true` / `false`." },
      },
    },

    proxy_set_property = {
      summary = "Writes a value into the stream's property state.",
      detail = [[
The value is stored for the current stream and is readable later with
`proxy_get_property` under the same path.  A context without a stream (a
root context) has nowhere to store it.]],
      callable = "any",
      params = {
        path = "NUL-separated property path.",
        value = "Value bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was stored.",
        not_found = "The current context has no stream to store it in.",
        bad_argument = "The host refused the value for this path.",
        invalid_memory_access = "`path` or `value` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "target",
          ch = [[Envoy stores it as filter state under the `wasm.` prefix;
a property declared with a schema may refuse the value.]],
          ngx = [[Writes `wasmx.*` properties and writable `ngx.*` variables;
setting an immutable variable traps.]] },
      },
    },

    proxy_set_effective_context = {
      summary = "Makes later host calls in this callback act on another "
        .. "context.",
      detail = [[
Used after a root-context callback (e.g. an HTTP call response) to act on
the stream that started the work.  The switch lasts until the current
callback returns; each callback starts on the context it was called for.
If the chosen context is deleted meanwhile, calls fall back to the real
one.]],
      callable = "any",
      params = {
        id = "Context to act on.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "Later host calls in this callback use context `id`.",
        bad_argument = "No live context has this id.",
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "A no-op that always returns `ok`." },
      },
    },

    proxy_done = {
      summary = "Tells the host that a pending root context has finished.",
      detail = [[
Only meaningful for a root context whose `proxy_on_done` returned 0.  The
host then deletes it: `proxy_on_delete` follows once the current callback
has returned.  Stream contexts never become pending.]],
      callable = "root",
      params = {},
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The context will be deleted after the current callback.",
        not_found = "The calling root context is not pending (its "
          .. "`proxy_on_done` did not return 0).",
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_define_metric = {
      summary = "Creates a counter, gauge or histogram and returns its id.",
      detail = [[
The host may prefix `name` (Envoy uses `wasmcustom.`).  Defining the same
name again refers to the same underlying metric.]],
      callable = "any",
      params = {
        metric_type = "Kind of metric, a `metric_type` value (0..2).",
        name = "Metric name.",
        id = "Receives the metric id.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The metric exists and its id was written.",
        bad_argument = "`metric_type` is not a `metric_type` value.",
        invalid_memory_access = "`name` or `id` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "ids",
          ch = "Each call returns a new id, even for a known name; the "
            .. "metric type is encoded in the id.",
          ngx = "Redefining returns the same id (a CRC32 of the name)." },
      },
    },

    proxy_increment_metric = {
      summary = "Adds a signed delta to a counter or gauge.",
      callable = "any",
      params = {
        id = "Metric to change.",
        offset = "Delta; must be positive for a counter, may be negative "
          .. "for a gauge.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The delta was applied.",
        not_found = "No metric has this id.",
        bad_argument = "Counter with a delta of 0 or less, or a "
          .. "histogram.",
      },
      hosts = {
        { topic = "types",
          ch = "Counter: delta > 0; gauge: add or subtract; histogram: "
            .. "`bad_argument`.",
          ngx = "Counters only, any delta (negative included); other "
            .. "types and unknown ids trap." },
      },
    },

    proxy_record_metric = {
      summary = "Records an absolute value: adds to a counter, sets a "
        .. "gauge, records a histogram sample.",
      callable = "any",
      params = {
        id = "Metric to change.",
        value = "Value to add, set or record.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was applied.",
        not_found = "No metric has this id.",
      },
      hosts = {
        { topic = "counter",
          ch = "Adds `value` to the counter.",
          ngx = "Traps for a counter and for an unknown id." },
      },
    },

    proxy_get_metric = {
      summary = "Reads the current value of a counter or gauge.",
      callable = "any",
      params = {
        id = "Metric to read.",
        value = "Receives the value as a u64 (8 bytes).",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was written.",
        not_found = "No metric has this id.",
        bad_argument = "The metric is a histogram.",
        invalid_memory_access = "`value` is not inside guest memory.",
      },
      hosts = {
        { topic = "values",
          ch = "Counter and gauge values; a histogram is `bad_argument`.",
          ngx = [[Counters are summed over workers; a gauge gives the last
value written by any worker.  Histograms and unknown ids trap.]] },
      },
    },

    proxy_continue_request = {
      summary = "Resumes request processing that the guest paused.",
      detail = [[
Undoes an earlier stop status on the request side of the current HTTP
stream.  The resume takes effect after the current callback returns.
Afterwards the request header and trailer maps are no longer available.
Outside an HTTP stream context the call does nothing.]],
      callable = "http",
      params = {},
      result = "Always `ok`.",
      status = {
        ok = "The resume was scheduled (or there was nothing to resume).",
      },
      hosts = {
        { topic = "timing",
          ch = "Deferred until the current callback returns.",
          ngx = "Resumes immediately." },
      },
    },

    proxy_continue_response = {
      summary = "Resumes response processing that the guest paused.",
      detail = [[
Undoes an earlier stop status on the response side of the current HTTP
stream.  The resume takes effect after the current callback returns.
Afterwards the response header and trailer maps are no longer available.
Outside an HTTP stream context the call does nothing.]],
      callable = "http",
      params = {},
      result = "Always `ok`.",
      status = {
        ok = "The resume was scheduled (or there was nothing to resume).",
      },
      hosts = {
        { topic = "support",
          ch = "Deferred until the current callback returns.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_send_local_response = {
      summary = "Answers the HTTP request from the proxy instead of the "
        .. "upstream.",
      detail = [[
Usable until the response headers have gone downstream.  The reply is sent
after the current callback returns, and that callback's own result is then
treated as a stop: the stream does not continue.  Extra headers are added
to the reply's headers.]],
      callable = "http",
      params = {
        response_code = "HTTP status code of the reply.",
        response_code_details = "Short reason recorded by the host for "
          .. "logs and statistics.",
        body = "Reply body; may be empty.",
        additional_response_header_pairs = "Extra reply headers, "
          .. "`pairs`-encoded; may be empty.",
        grpc_status = "gRPC status to send as `grpc-status`, or "
          .. "`invalid_code` (0xFFFFFFFF) to send none.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The reply is scheduled for when the callback returns.",
        bad_argument = [[
`grpc_status` is neither 0..16 nor `invalid_code`, or the header pairs are
malformed (pwabi's strict rule).]],
        invalid_memory_access = "A string argument is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "details",
          ch = "Stored as response-code details (whitespace becomes `_`); "
            .. "never sent on the wire.",
          ngx = "Used as the HTTP reason phrase." },
        { topic = "arguments",
          ch = [[Always `ok` after the memory checks: any `grpc_status`
outside 0..16 means no `grpc-status`, malformed pairs mean no extra
headers.]],
          ngx = [[`grpc_status` is ignored; a code outside 100..999 is
`bad_argument`; a second reply, or one after headers were sent, traps.]] },
      },
    },

    proxy_clear_route_cache = {
      summary = "Makes the host recompute the route of the current request.",
      detail = [[
Needed after the guest changed request headers that routing depends on.]],
      callable = "http",
      params = {},
      result = "Always `ok`.",
      status = {
        ok = "The cached route was dropped (or there was none).",
      },
      hosts = {
        { topic = "support",
          ch = "Registered only for ABI 0.1.0 modules.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_get_shared_data = {
      summary = "Reads a value and its CAS from the VM-shared key-value "
        .. "store.",
      detail = [[
The store is shared by all VMs with the same VM id.  The returned CAS is
passed to `proxy_set_shared_data` for an optimistic update; it is never
0.]],
      callable = "any",
      params = {
        key = "Key to read.",
        value = "Receives the guest address of a copy of the value.",
        value_len = "Receives the value length in bytes.",
        cas = "Receives the current CAS of the entry.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "Value and CAS were written (0 and 0 for an empty value).",
        not_found = "The key does not exist; nothing is written.",
        invalid_memory_access = [[
`key` or an out-pointer is outside guest memory, or the guest allocator
returned 0 or an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "namespace",
          ch = "One store per VM id, erased when the last VM with that id "
            .. "goes away.",
          ngx = [[nginx shared-memory zones: `ns/key` selects zone `ns`,
other keys use the default zone; a missing zone traps.]] },
      },
    },

    proxy_set_shared_data = {
      summary = "Writes a value to the VM-shared key-value store, "
        .. "optionally guarded by a CAS.",
      detail = [[
`cas` 0 writes unconditionally, creating or replacing the entry.  A non-zero
`cas` on an existing key must equal its current CAS, otherwise nothing is
written.  A non-zero `cas` on a missing key creates it.  Every write gives the
entry a new CAS from a counter that never yields 0.  There is no delete; an
empty value is stored as such.]],
      callable = "any",
      params = {
        key = "Key to write.",
        value = "New value; may be empty.",
        cas = "0 for an unconditional write, otherwise the CAS last read "
          .. "for `key`.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was stored.",
        cas_mismatch = "`cas` is non-zero, the key exists, and its CAS "
          .. "differs.",
        invalid_memory_access = "`key` or `value` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "cas 0",
          ch = "Unconditional write.",
          ngx = "Succeeds only when the key is absent." },
        { topic = "cas on a missing key",
          ch = "A non-zero `cas` creates the key.",
          ngx = "`cas_mismatch`." },
        { topic = "cas values",
          ch = "One counter shared by all keys, starting at 1, skipping 0.",
          ngx = "Per key: 1 on creation, plus 1 per write." },
        { topic = "empty value",
          ch = "Stored as an empty value.",
          ngx = "A NULL pointer with length 0 deletes the key." },
      },
    },

    proxy_register_shared_queue = {
      summary = "Creates or re-opens a named shared queue owned by the "
        .. "caller's root context.",
      detail = [[
The queue is identified by (own VM id, `queue_name`).  Registering an
existing name keeps its pending items but moves the registration, and so the
`proxy_on_queue_ready` notifications, to the calling root context.  A call
from a stream context registers its root context.  Tokens are never 0.]],
      callable = "any",
      params = {
        queue_name = "Name of the queue within the VM id.",
        token = "Receives the queue token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The queue is registered and its token was written.",
        invalid_memory_access = "`queue_name` or `token` is not inside "
          .. "guest memory.",
      },
      hosts = {
        { topic = "creation",
          ch = "Any name is accepted; the last registrant gets the "
            .. "notifications.",
          ngx = "The queue must be declared in the nginx configuration, "
            .. "otherwise the call traps." },
      },
    },

    proxy_resolve_shared_queue = {
      summary = "Looks up the token of a queue registered by some VM.",
      detail = "Used to enqueue into a queue owned by another plugin or "
        .. "VM.",
      callable = "any",
      params = {
        vm_id = "VM id that owns the queue; empty means the caller's own.",
        queue_name = "Name of the queue.",
        token = "Receives the queue token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The token was written.",
        not_found = "No such queue is registered (or its VM has failed).",
        invalid_memory_access = "A string or `token` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_dequeue_shared_queue = {
      summary = "Removes and returns the oldest item of a shared queue.",
      detail = "Items come out in the order they were enqueued.",
      callable = "any",
      params = {
        token = "Queue token.",
        data = "Receives the guest address of a copy of the item.",
        data_len = "Receives the item length in bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The oldest item was removed and written.",
        empty = "The queue has no items.",
        not_found = "No queue has this token.",
        invalid_memory_access = [[
An out-pointer is outside guest memory, or the guest allocator returned 0 or
an out-of-bounds buffer.]],
      },
    },

    proxy_enqueue_shared_queue = {
      summary = "Appends an item to a shared queue and notifies its owner.",
      detail = [[
Each successful call causes one `proxy_on_queue_ready(root, token)` for the
root context that registered the queue.]],
      callable = "any",
      params = {
        token = "Queue token, from register or resolve.",
        data = "Item bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The item was appended.",
        not_found = "No queue has this token.",
        invalid_memory_access = "`data` is not inside guest memory.",
      },
      hosts = {
        { topic = "notification",
          ch = "Posted to the registrant's thread once per enqueue.",
          ngx = "`proxy_on_queue_ready` is never called; a full queue "
            .. "traps." },
      },
    },

    proxy_add_header_map_value = {
      summary = "Appends one entry to a header map.",
      detail = [[
Existing entries with the same key are kept, so the key may then repeat.
Only the maps of the current HTTP phase are writable (request or response
headers and trailers, plus `grpc_create_initial_metadata` inside its
callback).]],
      callable = "any",
      params = {
        headers_type = "Map to change, a `headers_type` value (0..8).",
        key = "Header name.",
        value = "Header value.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The entry was appended.",
        bad_argument = "`headers_type` is out of range, or the map is "
          .. "read-only or unavailable in this callback.",
        invalid_memory_access = "`key` or `value` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "map numbers",
          ch = [[Uses the ABI 0.1.0 numbering (0..7, no
`grpc_create_initial_metadata`): v1alpha maps 4..8 mean other maps there,
and 8 is rejected.]],
          ngx = "Uses the same 0.1.0 numbering as CH." },
        { topic = "phase",
          ch = "Envoy lower-cases the key; outside the phase: "
            .. "`bad_argument`.",
          ngx = "Allowed only before the response starts; otherwise the "
            .. "call traps." },
      },
    },

    proxy_get_header_map_value = {
      summary = "Returns the value of one header.",
      detail = "When the key repeats, the reference host returns only the "
        .. "first value.",
      callable = "any",
      params = {
        headers_type = "Map to read, a `headers_type` value (0..8).",
        key = "Header name.",
        value = "Receives the guest address of a copy of the value.",
        value_len = "Receives the value length in bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was copied (0 and 0 when it is empty).",
        not_found = "The map has no entry with this key.",
        bad_argument = "`headers_type` is out of range, or the map is not "
          .. "available in this callback.",
        invalid_memory_access = [[
`key` or an out-pointer is outside guest memory, or the guest allocator
returned 0 or an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "map numbers",
          ch = [[Uses the ABI 0.1.0 numbering (0..7, no
`grpc_create_initial_metadata`): v1alpha maps 4..8 mean other maps there,
and 8 is rejected.]],
          ngx = "Uses the same 0.1.0 numbering as CH." },
        { topic = "missing key",
          ch = [[ABI 0.1.0 modules get `ok` with an empty value, 0.2.x
modules `not_found`.  In `proxy_on_log` a map that is gone is treated the
same way instead of `bad_argument`.]],
          ngx = [[0.2.x modules get `not_found`; 0.1.0 modules get `ok` with
length 0 and the value pointer left unwritten.]] },
      },
    },

    proxy_get_header_map_pairs = {
      summary = "Returns all entries of a header map, `pairs`-encoded.",
      detail = [[
Entries keep their order; repeated keys appear once per value.  A map that
does not exist in this callback reads as an empty map.  An empty map is
returned as pointer 0 and length 0.]],
      callable = "any",
      params = {
        headers_type = "Map to read, a `headers_type` value (0..8).",
        buf = "Receives the guest address of the encoded map.",
        buf_len = "Receives the encoded length in bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The map was copied (0 and 0 when it is empty or missing).",
        bad_argument = "`headers_type` is out of range.",
        invalid_memory_access = [[
An out-pointer is outside guest memory, or the guest allocator returned 0 or
an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "map numbers",
          ch = [[Uses the ABI 0.1.0 numbering (0..7, no
`grpc_create_initial_metadata`): v1alpha maps 4..8 mean other maps there,
and 8 is rejected.]],
          ngx = "Uses the same 0.1.0 numbering as CH." },
        { topic = "empty map",
          ch = "Pointer 0 and length 0, no allocation.",
          ngx = "Allocates 4 bytes holding a count of 0." },
        { topic = "content",
          ch = "The map as Envoy holds it, keys lower-cased.",
          ngx = [[Pseudo-headers are synthesized first; a map may be cut
to a configured maximum number of entries.]] },
      },
    },

    proxy_set_header_map_pairs = {
      summary = "Replaces the whole content of a header map.",
      detail = [[
All existing entries are removed, then the given pairs are added in order.
An empty input (count 0) clears the map.]],
      callable = "any",
      params = {
        headers_type = "Map to replace, a `headers_type` value (0..8).",
        buf = "New entries, `pairs`-encoded.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The map now holds exactly the given entries.",
        bad_argument = [[
`headers_type` is out of range, the map is read-only or unavailable in this
callback, or `buf` is not well-formed `pairs` data (pwabi's strict rule).]],
        invalid_memory_access = "`buf` is not inside guest memory.",
      },
      hosts = {
        { topic = "map numbers",
          ch = [[Uses the ABI 0.1.0 numbering (0..7, no
`grpc_create_initial_metadata`): v1alpha maps 4..8 mean other maps there,
and 8 is rejected.]],
          ngx = "Uses the same 0.1.0 numbering as CH." },
        { topic = "malformed input",
          ch = [[Reads it as an empty list without reporting it: the map is
cleared and the call returns `ok`.]],
          ngx = [[Trusts the counts without bounds or NUL checks; fails
only when allocation fails (`internal_failure`).]] },
      },
    },

    proxy_replace_header_map_value = {
      summary = "Sets a header to a single value, adding it when absent.",
      detail = "All existing entries with the key are replaced by one "
        .. "entry.",
      callable = "any",
      params = {
        headers_type = "Map to change, a `headers_type` value (0..8).",
        key = "Header name.",
        value = "New value.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The header now has exactly this value.",
        bad_argument = "`headers_type` is out of range, or the map is "
          .. "read-only or unavailable in this callback.",
        invalid_memory_access = "`key` or `value` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "map numbers",
          ch = [[Uses the ABI 0.1.0 numbering (0..7, no
`grpc_create_initial_metadata`): v1alpha maps 4..8 mean other maps there,
and 8 is rejected.]],
          ngx = "Uses the same 0.1.0 numbering as CH." },
        { topic = "phase",
          ch = "Outside the phase: `bad_argument`.",
          ngx = "Allowed only before the response starts; otherwise the "
            .. "call traps." },
      },
    },

    proxy_remove_header_map_value = {
      summary = "Removes every entry with the given key from a header map.",
      detail = "Removing a key that is not present is not an error.",
      callable = "any",
      params = {
        headers_type = "Map to change, a `headers_type` value (0..8).",
        key = "Header name.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "No entry with this key remains.",
        bad_argument = "`headers_type` is out of range, or the map is "
          .. "read-only or unavailable in this callback.",
        invalid_memory_access = "`key` is not inside guest memory.",
      },
      hosts = {
        { topic = "map numbers",
          ch = [[Uses the ABI 0.1.0 numbering (0..7, no
`grpc_create_initial_metadata`): v1alpha maps 4..8 mean other maps there,
and 8 is rejected.]],
          ngx = "Uses the same 0.1.0 numbering as CH." },
        { topic = "phase",
          ch = "Outside the phase: `bad_argument`.",
          ngx = "Allowed only before the response starts; otherwise the "
            .. "call traps." },
      },
    },

    proxy_get_header_map_size = {
      summary = "Returns the number of entries in a header map.",
      detail = [[
pwabi's choice: the count of entries, repeated keys counted once per value.
Hosts and documents disagree on what "size" means (see `hosts`).]],
      callable = "any",
      params = {
        headers_type = "Map to measure, a `headers_type` value (0..8).",
        len = "Receives the number of entries.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The size was written.",
        bad_argument = "`headers_type` is out of range, or the map is not "
          .. "available in this callback.",
        invalid_memory_access = "`len` is not inside guest memory.",
      },
      hosts = {
        { topic = "meaning",
          ch = [[The cpp-host interface documents a number of entries, but
Envoy writes the sum of key and value lengths, and only for the request and
response maps; the 0.2.1 spec says the serialized size.]],
          ngx = "Not provided; a module importing it fails to link." },
      },
    },

    proxy_get_buffer_bytes = {
      summary = "Copies a byte range out of a body or payload buffer.",
      detail = [[
The range is clamped to the buffer: a `start` at or past the end gives an
empty result, and a range reaching past the end is shortened.  Availability:
`http_request_body` / `http_response_body` in the matching body callback
(the current chunk, or the whole buffered body after a buffering status);
`network_downstream_data` / `network_upstream_data` in the matching L4 data
callback; `http_call_response_body` only in `proxy_on_http_call_response`;
`grpc_receive_buffer` only in `proxy_on_grpc_receive`.]],
      callable = "any",
      params = {
        buffer_type = "Buffer to read, a `buffer_type` value (0..5).",
        start = "Offset of the first byte.",
        length = "Maximum number of bytes to copy.",
        buf = "Receives the guest address of the copy.",
        buf_len = "Receives the number of bytes copied.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The clamped range was copied (0 and 0 when it is empty).",
        not_found = "The buffer is not available in this callback.",
        bad_argument = "`buffer_type` is out of range.",
        invalid_memory_access = [[
An out-pointer is outside guest memory, or the guest allocator returned 0 or
an out-of-bounds buffer.]],
      },
      hosts = {
        { topic = "start",
          ch = "Honoured and clamped as described.",
          ngx = "Ignored: up to `length` bytes are copied from offset 0." },
        { topic = "empty result",
          ch = "`ok`, pointer 0 and length 0.",
          ngx = "`ok` with the out-parameters left untouched." },
        { topic = "phase",
          ch = "`not_found` when the buffer is unavailable.",
          ngx = "Body buffers outside their phases trap; no body gives "
            .. "`not_found`." },
      },
    },

    proxy_get_buffer_status = {
      summary = "Returns the current length and flags of a buffer.",
      detail = "Availability of each buffer is as for "
        .. "`proxy_get_buffer_bytes`.",
      callable = "any",
      params = {
        buffer_type = "Buffer to inspect, a `buffer_type` value (0..5).",
        len = "Receives the buffer length in bytes (u32).",
        flags = [[
Receives `buffer_flags`: `end_of_stream` is set when the host has seen the
end of this buffer's stream direction.]],
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "Length and flags were written.",
        not_found = "The buffer is not available in this callback.",
        bad_argument = "`buffer_type` is out of range.",
        invalid_memory_access = "`len` or `flags` is not inside guest "
          .. "memory.",
      },
      hosts = {
        { topic = "flags",
          ch = "Always writes 0; `end_of_stream` is never reported.",
          ngx = "Not provided; a module importing it fails to link." },
      },
    },

    proxy_http_call = {
      summary = "Starts an asynchronous HTTP request to an upstream.",
      detail = [[
The call belongs to the caller's root context, whatever context makes it;
the outcome arrives in `proxy_on_http_call_response` for that root context.
`header_pairs` must contain `:method`, `:path` and `:authority`.  A non-empty
body gets a `content-length` header.]],
      callable = "any",
      params = {
        uri = "Upstream to send to: in the reference host the name of a "
          .. "configured cluster, not a URL.",
        header_pairs = "Request headers, `pairs`-encoded, including the "
          .. "pseudo-headers.",
        body = "Request body; may be empty.",
        trailer_pairs = "Request trailers, `pairs`-encoded; may be empty.",
        timeout_ms = "Timeout in milliseconds; 0 means none.",
        token = "Receives the call's token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The request was sent; `token` identifies it.",
        bad_argument = [[
Unknown upstream, a required pseudo-header is missing, the pairs are
malformed, or the timeout is out of range.]],
        internal_failure = "The host could not send the request.",
        invalid_memory_access = "A string argument or `token` is not inside "
          .. "guest memory.",
      },
      hosts = {
        { topic = "upstream",
          ch = [[A cluster name.  The timeout is read as a signed 32-bit
value, so 2^31 and above is `bad_argument`.  Tokens are multiples of 4.]],
          ngx = [[A host or IP with optional port, resolved by nginx;
`:scheme` https enables TLS.  Tokens count up from 0.]] },
        { topic = "validation",
          ch = "Missing pseudo-headers: `bad_argument`; malformed pairs "
            .. "read as empty, hence also `bad_argument`.",
          ngx = [[`:authority` is optional; a missing `:method` or `:path`
traps, and so does a call from a phase that does not allow it.]] },
      },
    },

    proxy_grpc_call = {
      summary = "Starts an asynchronous unary gRPC call.",
      detail = [[
The call belongs to the caller's root context.  Initial metadata is supplied
through `proxy_on_grpc_create_initial_metadata`.  Success is reported by a
single `proxy_on_grpc_receive`; failure by a single `proxy_on_grpc_close`.
The token is written only on `ok`.]],
      callable = "any",
      params = {
        service = "Target: a serialized gRPC service description, or "
          .. "else a cluster name.",
        service_name = "Fully-qualified gRPC service name.",
        method_name = "Method name within the service.",
        request = "Serialized request message.",
        timeout_ms = "Deadline for the call in milliseconds.",
        token = "Receives the call's token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The call was started and `token` written.",
        parse_failure = "`service` is neither a valid service "
          .. "description nor a known cluster.",
        bad_argument = "The host could not create a client for the "
          .. "service.",
        internal_failure = "The host could not send the request.",
        invalid_memory_access = "A string argument or `token` is not inside "
          .. "guest memory.",
      },
      hosts = {
        { topic = "signature",
          ch = [[Since ABI 0.1.0 the call takes initial-metadata pairs
before `request` (12 core parameters); this 10-parameter import does not
link.]],
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_grpc_stream = {
      summary = "Opens an asynchronous bidirectional gRPC stream.",
      detail = [[
The stream belongs to the caller's root context.  Messages are sent with
`proxy_grpc_send`.  The host reports the server's initial metadata, each
message, the trailing metadata and finally the close, in that order.  The
token is written only on `ok`.]],
      callable = "any",
      params = {
        service = "Target: a serialized gRPC service description, or "
          .. "else a cluster name.",
        service_name = "Fully-qualified gRPC service name.",
        method_name = "Method name within the service.",
        token = "Receives the stream's token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The stream was opened and `token` written.",
        parse_failure = "`service` is neither a valid service "
          .. "description nor a known cluster.",
        bad_argument = "The host could not create a client for the "
          .. "service.",
        internal_failure = "The host could not open the stream.",
        invalid_memory_access = "A string argument or `token` is not inside "
          .. "guest memory.",
      },
      hosts = {
        { topic = "signature",
          ch = [[Since ABI 0.1.0 the call takes initial-metadata pairs
before `token` (9 core parameters); this 7-parameter import does not
link.]],
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_grpc_cancel = {
      summary = "Abandons a gRPC call or stream; no further callbacks "
        .. "follow.",
      detail = "A call is cancelled; a stream is reset.",
      callable = "any",
      params = {
        token = "Token of the call or stream.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The call or stream was cancelled.",
        not_found = "No live call or stream has this token.",
        bad_argument = "`token` is not a gRPC call or stream token.",
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_grpc_close = {
      summary = "Closes the local side of a gRPC stream, or cancels a "
        .. "call.",
      detail = [[
For a stream this is a half-close: messages from the server may still
arrive, and the stream ends once both sides have closed.]],
      callable = "any",
      params = {
        token = "Token of the call or stream.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The stream was half-closed, or the call cancelled.",
        not_found = "No live call or stream has this token.",
        bad_argument = "`token` is not a gRPC call or stream token.",
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not implemented; a call traps." },
      },
    },

    proxy_grpc_send = {
      summary = "Sends one message on an open gRPC stream.",
      callable = "any",
      params = {
        token = "Token of the stream.",
        message = "Serialized message.",
        end_stream = "Non-zero to half-close the stream after this "
          .. "message.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The message was queued for sending.",
        not_found = "No open stream has this token.",
        bad_argument = "`token` is not a gRPC stream token.",
        invalid_memory_access = "`message` is not inside guest memory.",
      },
      hosts = {
        { topic = "support",
          ch = "As described.",
          ngx = "Not implemented; a call traps." },
      },
    },
  },
}
