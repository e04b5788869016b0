-- The Envoy ABI v1alpha, transcribed from source.md (see provenance below).
-- Data only.  The format is described in spec/schema.lua; gen/pwabi/load.lua
-- checks this file against it.  Edit, then run `make generate`.
--
-- Transcription rules:
--   * Every string that also appears in source.md is copied verbatim, so the
--     witx-mode renderer (gen/pwabi/emit_witx.lua) can reproduce the document
--     byte for byte.  "TODO(docs)" is kept where the seed says so; our own
--     semantics live in semantics.lua, never mixed into seed text.
--   * Where the seed is wrong or misleading the defect is recorded in
--     `errata` and referenced from the item (`erratum = "E5"`); the data says
--     which value generated code uses.
return {
  version = "v1alpha",
  title = "Envoy ABI v1alpha",
  c_prefix = "pw_v1a",
  source = "source.md",
  provenance = {
    repository = "yskopets/envoy-wasm-rust-sdk",
    commit = "f2c0b41",
    date = "2020-01-07",
    path = "envoy-abi/v1alpha/docs/envoy_abi_v1alpha.md",
    witx = {
      "envoy-abi/v1alpha/witx/typenames.witx",
      "envoy-abi/v1alpha/witx/envoy_extension.witx",
      "envoy-abi/v1alpha/witx/envoy_host.witx",
    },
    note = [[An unofficial snapshot (January 2020) of the ABI of the envoy-wasm
C++ SDK, rendered by the witx 0.6-era Markdown generator, taken before the
first versioned ABI (0.1.0).  It has no ABI marker export and no allocator
export, so no current host loads a module written exactly against it.]],
  },
  types = {
    { name = "wasm_result", kind = "enum", repr = "u32",
      doc = "Error codes returned by ABI functions.",
      variants = {
        { name = "ok", doc = "No error occurred. ABI call completed successfully." },
        { name = "not_found", doc = "The result could not be found, e.g. a provided key did not appear in a table." },
        { name = "bad_argument", doc = "An argument was bad, e.g. did not conform to the required range." },
        { name = "serialization_failure", doc = "A protobuf could not be serialized." },
        { name = "parse_failure", doc = "A protobuf could not be parsed." },
        { name = "bad_expression", doc = [[A provided expression (e.g. "foo.bar") was illegal or unrecognized.]] },
        { name = "invalid_memory_access", doc = "A provided memory range was not legal." },
        { name = "empty", doc = "Data was requested from an empty container." },
        { name = "cas_mismatch", doc = "The provided CAS did not match that of the stored data." },
        { name = "result_mismatch", doc = "Returned result was unexpected, e.g. of the incorrect size." },
        { name = "internal_failure", doc = "Internal failure: trying check logs of the surrounding system." },
        { name = "broken_connection", doc = "The connection/stream/pipe was broken/closed unexpectedly." },
      } },
    { name = "peer_type", kind = "enum", repr = "u32",
      doc = "Peer type.",
      variants = {
        { name = "unknown", doc = "Unknown." },
        { name = "local", doc = "Local." },
        { name = "remote", doc = "Remote." },
      } },
    { name = "filter_status", kind = "enum", repr = "u32",
      doc = "Status codes returned by filters that can cause future filters to not get iterated to.",
      variants = {
        { name = "continue", doc = "Continue to further filters." },
        { name = "stop_iteration", doc = "Stop executing further filters." },
      } },
    { name = "filter_headers_status", kind = "enum", repr = "u32",
      doc = [[Return codes for encode/decode headers filter invocations. The connection manager bases further
filter invocations on the return code of the previous filter.]],
      variants = {
        { name = "continue", doc = "Continue filter chain iteration." },
        { name = "stop_iteration", doc = [[Do not iterate to any of the remaining filters in the chain. Returning
FilterDataStatus::Continue from decodeData()/encodeData() or calling
continueDecoding()/continueEncoding() MUST be called if continued filter iteration is desired.]] },
      } },
    { name = "filter_data_status", kind = "enum", repr = "u32",
      doc = [[Return codes for encode/decode data filter invocations. The connection manager bases further
filter invocations on the return code of the previous filter.]],
      variants = {
        { name = "continue", doc = [[Continue filter chain iteration. If headers have not yet been sent to the next filter, they
will be sent first via decodeHeaders()/encodeHeaders(). If data has previously been buffered,
the data in this callback will be added to the buffer before the entirety is sent to the next
filter.]] },
        { name = "stop_iteration_and_buffer", doc = [[Do not iterate to any of the remaining filters in the chain, and buffer body data for later
dispatching. Returning FilterDataStatus::Continue from decodeData()/encodeData() or calling
continueDecoding()/continueEncoding() MUST be called if continued filter iteration is desired.

This should be called by filters which must parse a larger block of the incoming data before
continuing processing and so can not push back on streaming data via watermarks.

If buffering the request causes buffered data to exceed the configured buffer limit, a 413 will
be sent to the user. On the response path exceeding buffer limits will result in a 500.]] },
        { name = "stop_iteration_and_watermark", doc = [[Do not iterate to any of the remaining filters in the chain, and buffer body data for later
dispatching. Returning FilterDataStatus::Continue from decodeData()/encodeData() or calling
continueDecoding()/continueEncoding() MUST be called if continued filter iteration is desired.

This will cause the flow of incoming data to cease until one of the continue.*() functions is
called.

This should be returned by filters which can nominally stream data but have a transient back-up
such as the configured delay of the fault filter, or if the router filter is still fetching an
upstream connection.]] },
        { name = "stop_iteration_no_buffer", doc = [[Do not iterate to any of the remaining filters in the chain, but do not buffer any of the
body data for later dispatching. Returning FilterDataStatus::Continue from
decodeData()/encodeData() or calling continueDecoding()/continueEncoding() MUST be called if
continued filter iteration is desired.]] },
      } },
    { name = "filter_trailers_status", kind = "enum", repr = "u32",
      doc = [[Return codes for encode/decode trailers filter invocations. The connection manager bases further
filter invocations on the return code of the previous filter.]],
      variants = {
        { name = "continue", doc = "Continue filter chain iteration." },
        { name = "stop_iteration", doc = [[Do not iterate to any of the remaining filters in the chain. Calling
continueDecoding()/continueEncoding() MUST be called if continued filter iteration is desired.]] },
      } },
    { name = "filter_metadata_status", kind = "enum", repr = "u32",
      doc = [[Return codes for encode metadata filter invocations. Metadata currently can not stop filter
iteration.]],
      variants = {
        { name = "continue", doc = "Continue filter chain iteration." },
      } },
    { name = "headers_type", kind = "enum", repr = "u32",
      doc = "Type of a header map.",
      variants = {
        { name = "request_headers", doc = "Request headers of a proxied HTTP request." },
        { name = "request_trailers", doc = "Request trailers of a proxied HTTP request." },
        { name = "response_headers", doc = "Response headers of a proxied HTTP request." },
        { name = "response_trailers", doc = "Response trailers of a proxied HTTP request." },
        { name = "grpc_create_initial_metadata", doc = "Client's initial metadata of an outgoing gRPC call." },
        { name = "grpc_receive_initial_metadata", doc = "Server's initial metadata of an outgoing gRPC call." },
        { name = "grpc_receive_trailing_metadata", doc = "Server's trailing metadata of an outgoing gRPC call." },
        { name = "http_call_response_headers", doc = "Response headers of an outgoing HTTP request." },
        { name = "http_call_response_trailers", doc = "Response trailers of an outgoing HTTP request." },
      } },
    { name = "buffer_type", kind = "enum", repr = "u32",
      doc = "Type of payload in a buffer.",
      variants = {
        { name = "http_request_body", doc = "Request body of a proxied HTTP request." },
        { name = "http_response_body", doc = "Response body of a proxied HTTP request." },
        { name = "network_downstream_data", doc = "Request payload of a proxied L4 connection." },
        { name = "network_upstream_data", doc = "Response payload of a proxied L4 connection." },
        { name = "http_call_response_body", doc = "Response body of an outgoing HTTP request." },
        { name = "grpc_receive_buffer", doc = "Response payload of an outgoing gRPC call." },
      } },
    { name = "buffer_flags", kind = "flags", repr = "u32",
      doc = "Buffer flags.",
      flags = {
        { name = "end_of_stream", doc = "End of stream has been reached." },
      } },
    { name = "size", kind = "builtin", repr = "u32", doc = "Size of data in a linear memory." },
    { name = "map_size", kind = "builtin", repr = "u32", doc = "Size of a header map, e.g. request headers, response trailers, etc." },
    { name = "context_id", kind = "handle", doc = "Unique identifier of a root/connection/request context." },
    { name = "token", kind = "handle", doc = "Opaque identifier of an outgoing HTTP request, gRPC call, etc." },
    { name = "metric_id", kind = "handle", doc = "Metric handle." },
    { name = "metric_type", kind = "enum", repr = "u32",
      doc = "Metric type.",
      variants = {
        { name = "counter", doc = "Counter." },
        { name = "gauge", doc = "Gauge." },
        { name = "histogram", doc = "Histogram." },
      } },
    { name = "boolean", kind = "builtin", repr = "u32", doc = "Boolean true or false." },
    { name = "timestamp", kind = "builtin", repr = "u64", doc = "Timestamp in nanoseconds." },
    { name = "grpc_status", kind = "enum", repr = "u32",
      doc = "Well-known gRPC statuses.",
      variants = {
        { name = "ok", doc = "The RPC completed successfully." },
        { name = "canceled", doc = "The RPC was canceled." },
        { name = "unknown", doc = "Some unknown error occurred." },
        { name = "invalid_argument", doc = "An argument to the RPC was invalid." },
        { name = "deadline_exceeded", doc = "The deadline for the RPC expired before the RPC completed." },
        { name = "not_found", doc = "Some resource for the RPC was not found." },
        { name = "already_exists", doc = "A resource the RPC attempted to create already exists." },
        { name = "permission_denied", doc = "Permission was denied for the RPC." },
        { name = "resource_exhausted", doc = "Some resource is exhausted, resulting in RPC failure." },
        { name = "failed_precondition", doc = "Some precondition for the RPC failed." },
        { name = "aborted", doc = "The RPC was aborted." },
        { name = "out_of_range", doc = "Some operation was requested outside of a legal range." },
        { name = "unimplemented", doc = "The RPC requested was not implemented." },
        { name = "internal", doc = "Some internal error occurred." },
        { name = "unavailable", doc = "The RPC endpoint is current unavailable." },
        { name = "data_loss", doc = "There was some data loss resulting in RPC failure." },
        { name = "unauthenticated", doc = "The RPC does not have required credentials for the RPC to succeed." },
        { name = "invalid_code", value = 0xFFFFFFFF, erratum = "E5",
          doc = [[This is a non-GRPC error code, indicating the status code in gRPC headers
was invalid.]] },
      } },
    { name = "log_level", kind = "enum", repr = "u32",
      doc = "Log level.",
      variants = {
        { name = "trace", doc = "Trace." },
        { name = "debug", doc = "Debug." },
        { name = "info", doc = "Info." },
        { name = "warn", doc = "Warn." },
        { name = "error", doc = "Error." },
        { name = "critical", doc = "Critical." },
      } },
  },
  modules = {
    { name = "envoy_extension", side = "guest", erratum = "E2",
      doc = "`ABI` implemented by `Envoy Wasm extensions`",
      imports = { { name = "memory", kind = "Memory" } },
      functions = {
      { name = "proxy_on_start",
        group = "Calls in.",
        c_signature = [[extern "C" uint32_t proxy_on_start(uint32_t root_context_id, uint32_t configuration_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "root_context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "configuration_len", type = "size", doc = "TODO(docs)" },
        },
        results = {
          { name = "result", type = "u32", doc = "TODO(docs)" },
        } },
      { name = "proxy_validate_configuration",
        group = "Calls in.",
        c_signature = [[extern "C" uint32_t proxy_validate_configuration(uint32_t root_context_id,
                                                 uint32_t configuration_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "root_context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "configuration_len", type = "size", doc = "TODO(docs)" },
        },
        results = {
          { name = "result", type = "u32", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_configure",
        group = "Calls in.",
        c_signature = [[extern "C" uint32_t proxy_on_configure(uint32_t root_context_id, uint32_t configuration_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "root_context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "configuration_len", type = "size", doc = "TODO(docs)" },
        },
        results = {
          { name = "result", type = "u32", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_tick",
        group = "Calls in.",
        c_signature = [[extern "C" void proxy_on_tick(uint32_t root_context_id);]],
        doc = "TODO(docs)",
        params = {
          { name = "root_context_id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_queue_ready",
        group = "Calls in.",
        c_signature = [[extern "C" void proxy_on_queue_ready(uint32_t root_context_id, uint32_t token);]],
        doc = "TODO(docs)",
        params = {
          { name = "root_context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_create",
        group = "Stream calls.",
        c_signature = [[extern "C" void proxy_on_create(uint32_t context_id, uint32_t root_context_id);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "root_context_id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_new_connection",
        group = "Network calls.",
        c_signature = [[extern "C" FilterStatus proxy_on_new_connection(uint32_t context_id);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_downstream_data",
        group = "Network calls.",
        c_signature = [[extern "C" FilterStatus proxy_on_downstream_data(uint32_t context_id,
                                                 uint32_t data_length,
                                                 uint32_t end_of_stream);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "data_len", type = "size", doc = "TODO(docs)" },
          { name = "end_of_stream", type = "boolean", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_upstream_data",
        group = "Network calls.",
        c_signature = [[extern "C" FilterStatus proxy_on_upstream_data(uint32_t context_id,
                                               uint32_t data_length,
                                               uint32_t end_of_stream);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "data_len", type = "size", doc = "TODO(docs)" },
          { name = "end_of_stream", type = "boolean", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_downstream_connection_close",
        group = "Network calls.",
        c_signature = [[extern "C" void proxy_on_downstream_connection_close(uint32_t context_id,
                                                     uint32_t peer_type);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "peer", type = "peer_type", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_upstream_connection_close",
        group = "Network calls.",
        c_signature = [[extern "C" void proxy_on_upstream_connection_close(uint32_t context_id,
                                                   uint32_t peer_type);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "peer", type = "peer_type", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_request_headers",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterHeadersStatus proxy_on_request_headers(uint32_t context_id, uint32_t headers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "headers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_headers_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_request_body",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterDataStatus proxy_on_request_body(uint32_t context_id, uint32_t body_buffer_length,
                                                  uint32_t end_of_stream);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "body_buffer_length", type = "size", doc = "TODO(docs)" },
          { name = "end_of_stream", type = "boolean", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_data_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_request_trailers",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterTrailersStatus proxy_on_request_trailers(uint32_t context_id, uint32_t trailers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "trailers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_trailers_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_request_metadata",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterMetadataStatus proxy_on_request_metadata(uint32_t context_id, uint32_t nelements);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "elements_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_metadata_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_response_headers",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterHeadersStatus proxy_on_response_headers(uint32_t context_id, uint32_t headers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "headers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_headers_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_response_body",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterDataStatus proxy_on_response_body(uint32_t context_id, uint32_t body_buffer_length,
                                                   uint32_t end_of_stream);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "body_buffer_length", type = "size", doc = "TODO(docs)" },
          { name = "end_of_stream", type = "boolean", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_data_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_response_trailers",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterTrailersStatus proxy_on_response_trailers(uint32_t context_id, uint32_t trailers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "trailers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_trailers_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_response_metadata",
        group = "HTTP calls.",
        c_signature = [[extern "C" FilterMetadataStatus proxy_on_response_metadata(uint32_t context_id, uint32_t nelements);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "elements_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
          { name = "status", type = "filter_metadata_status", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_done",
        group = "HTTP calls.",
        c_signature = [[extern "C" uint32_t proxy_on_done(uint32_t context_id);]],
        doc = "The stream/vm has completed.",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
          { name = "result", type = "u32", doc = "TODO(docs)" },
        } },
      { name = "proxy_on_log",
        group = "HTTP calls.",
        c_signature = [[extern "C" void proxy_on_log(uint32_t context_id);]],
        doc = "proxy_on_log occurs after proxy_on_done.",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_delete",
        group = "HTTP calls.",
        c_signature = [[extern "C" void proxy_on_delete(uint32_t context_id);]],
        doc = "The Context in the proxy has been destroyed and no further calls will be coming.",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_http_call_response",
        group = "HTTP.",
        c_signature = [[extern "C" void proxy_on_http_call_response(uint32_t context_id, uint32_t token, uint32_t headers,
                                            uint32_t body_size, uint32_t trailers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "headers_count", type = "map_size", doc = "TODO(docs)" },
          { name = "body_size", type = "size", doc = "TODO(docs)" },
          { name = "trailers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_grpc_create_initial_metadata",
        group = "gRPC.",
        c_signature = [[extern "C" void proxy_on_grpc_create_initial_metadata(uint32_t context_id, uint32_t token,
                                                      uint32_t headers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "headers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_grpc_receive_initial_metadata",
        group = "gRPC.",
        c_signature = [[extern "C" void proxy_on_grpc_receive_initial_metadata(uint32_t context_id, uint32_t token,
                                                       uint32_t headers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "headers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_grpc_trailing_metadata",
        group = "gRPC.",
        c_signature = [[extern "C" void proxy_on_grpc_trailing_metadata(uint32_t context_id, uint32_t token,
                                                uint32_t trailers);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "trailers_count", type = "map_size", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_grpc_receive",
        group = "gRPC.",
        c_signature = [[extern "C" void proxy_on_grpc_receive(uint32_t context_id, uint32_t token, uint32_t response_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "response_size", type = "size", doc = "TODO(docs)" },
        },
        results = {
        } },
      { name = "proxy_on_grpc_close",
        group = "gRPC.",
        c_signature = [[extern "C" void proxy_on_grpc_close(uint32_t context_id, uint32_t token, uint32_t status_code);]],
        doc = "TODO(docs)",
        params = {
          { name = "context_id", type = "context_id", doc = "TODO(docs)" },
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "status_code", type = "grpc_status", doc = "TODO(docs)" },
        },
        results = {
        } },
    } },
    { name = "envoy", side = "host", wasm_module = "env", erratum = "E2",
      doc = "`ABI` implemented by `Envoy` itself (as a host of Wasm extensions)",
      imports = { { name = "memory", kind = "Memory" } },
      functions = {
      { name = "proxy_get_configuration",
        group = "Configuration and Status.",
        c_signature = [[extern "C" WasmResult proxy_get_configuration(const char** configuration_ptr,
                                              size_t* configuration_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "config", type = "ptr<ptr<char8>>", dir = "out", len = "config_len", doc = "TODO(docs)" },
          { name = "config_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_status",
        group = "Configuration and Status.",
        c_signature = [[extern "C" WasmResult proxy_get_status(uint32_t* status_code_ptr, const char** message_ptr,
                                       size_t* message_size);]],
        doc = "Results status details for any previous ABI call and onGrpcClose.",
        params = {
          { name = "code", type = "ptr<wasm_result>", dir = "out", doc = "TODO(docs)" },
          { name = "message", type = "ptr<ptr<char8>>", dir = "out", len = "message_len", doc = "TODO(docs)" },
          { name = "message_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_log",
        group = "Logging",
        c_signature = [[extern "C" WasmResult proxy_log(LogLevel level, const char* logMessage, size_t messageSize);]],
        doc = "TODO(docs)",
        params = {
          { name = "level", type = "log_level", doc = "TODO(docs)" },
          { name = "message", type = "string", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_set_tick_period_milliseconds",
        group = "Timer",
        c_signature = [[extern "C" WasmResult proxy_set_tick_period_milliseconds(uint32_t millisecond);]],
        doc = "Timer (must be called from a root context, e.g. onStart, onTick).",
        params = {
          { name = "period_millis", type = "u32", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_current_time_nanoseconds",
        group = "Time",
        c_signature = [[extern "C" WasmResult proxy_get_current_time_nanoseconds(uint64_t* nanoseconds);]],
        doc = "TODO(docs)",
        params = {
          { name = "time", type = "ptr<timestamp>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_property",
        group = "State accessors",
        c_signature = [[extern "C" WasmResult proxy_get_property(const char* path_ptr, size_t path_size,
                                         const char** value_ptr_ptr, size_t* value_size_ptr);]],
        doc = "TODO(docs)",
        params = {
          { name = "path", type = "string", encoding = "path", doc = "TODO(docs)" },
          { name = "value", type = "ptr<ptr<char8>>", dir = "out", len = "value_len", doc = "TODO(docs)" },
          { name = "value_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_set_property",
        group = "State accessors",
        c_signature = [[extern "C" WasmResult proxy_set_property(const char* path_ptr, size_t path_size,
                                         const char* value_ptr, size_t value_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "path", type = "string", encoding = "path", doc = "TODO(docs)" },
          { name = "value", type = "string", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_set_effective_context",
        group = "System",
        c_signature = [[extern "C" WasmResult proxy_set_effective_context(uint32_t effective_context_id);]],
        doc = "TODO(docs)",
        params = {
          { name = "id", type = "context_id", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_done",
        group = "System",
        c_signature = [[extern "C" WasmResult proxy_done();]],
        doc = "TODO(docs)",
        params = {
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_define_metric",
        group = "Metrics",
        c_signature = [[extern "C" WasmResult proxy_define_metric(MetricType type, const char* name_ptr, size_t name_size,
                                          uint32_t* metric_id);]],
        doc = "TODO(docs)",
        params = {
          { name = "metric_type", type = "metric_type", doc = "TODO(docs)" },
          { name = "name", type = "string", doc = "TODO(docs)" },
          { name = "id", type = "ptr<metric_id>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_increment_metric",
        group = "Metrics",
        c_signature = [[extern "C" WasmResult proxy_increment_metric(uint32_t metric_id, int64_t offset);]],
        doc = "TODO(docs)",
        params = {
          { name = "id", type = "metric_id", doc = "TODO(docs)" },
          { name = "offset", type = "s64", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_record_metric",
        group = "Metrics",
        c_signature = [[extern "C" WasmResult proxy_record_metric(uint32_t metric_id, uint64_t value);]],
        doc = "TODO(docs)",
        params = {
          { name = "id", type = "metric_id", doc = "TODO(docs)" },
          { name = "value", type = "u64", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_metric",
        group = "Metrics",
        c_signature = [[extern "C" WasmResult proxy_get_metric(uint32_t metric_id, uint64_t* result);]],
        doc = "TODO(docs)",
        params = {
          { name = "id", type = "metric_id", doc = "TODO(docs)" },
          { name = "value", type = "ptr<u64>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_continue_request",
        group = "Continue/Reply/Route",
        c_signature = [[extern "C" WasmResult proxy_continue_request();]],
        doc = "TODO(docs)",
        params = {
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_continue_response",
        group = "Continue/Reply/Route",
        c_signature = [[extern "C" WasmResult proxy_continue_response();]],
        doc = "TODO(docs)",
        params = {
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_send_local_response",
        group = "Continue/Reply/Route",
        c_signature = [[extern "C" WasmResult
proxy_send_local_response(uint32_t response_code, const char* response_code_details_ptr,
                          size_t response_code_details_size, const char* body_ptr, size_t body_size,
                          const char* additional_response_header_pairs_ptr,
                          size_t additional_response_header_pairs_size, uint32_t grpc_status);]],
        doc = "TODO(docs)",
        params = {
          { name = "response_code", type = "u32", doc = "TODO(docs)" },
          { name = "response_code_details", type = "string", doc = "TODO(docs)" },
          { name = "body", type = "string", doc = "TODO(docs)" },
          { name = "additional_response_header_pairs", type = "string", encoding = "pairs",
            doc = "TODO(docs)" },
          { name = "grpc_status", type = "grpc_status", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_clear_route_cache",
        group = "Continue/Reply/Route",
        c_signature = [[extern "C" WasmResult proxy_clear_route_cache();]],
        doc = "TODO(docs)",
        params = {
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_shared_data",
        group = "SharedData",
        c_signature = [[extern "C" WasmResult proxy_get_shared_data(const char* key_ptr, size_t key_size,
                                            const char** value_ptr, size_t* value_size,
                                            uint32_t* cas);]],
        c_notes = "Returns: Ok, NotFound",
        returns = { "ok", "not_found" },
        doc = "TODO(docs)",
        params = {
          { name = "key", type = "string", doc = "TODO(docs)" },
          { name = "value", type = "ptr<ptr<char8>>", dir = "out", len = "value_len", doc = "TODO(docs)" },
          { name = "value_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
          { name = "cas", type = "ptr<u32>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_set_shared_data",
        group = "SharedData",
        c_signature = [[extern "C" WasmResult proxy_set_shared_data(const char* key_ptr, size_t key_size,
                                            const char* value_ptr, size_t value_size, uint32_t cas);]],
        returns = { "ok", "cas_mismatch" },
        c_notes = [[//  If cas != 0 and cas != the current cas for 'key' return false, otherwise set the value and
//  return true.
// Returns: Ok, CasMismatch]],
        doc = "TODO(docs)",
        params = {
          { name = "key", type = "string", doc = "TODO(docs)" },
          { name = "value", type = "string", doc = "TODO(docs)" },
          { name = "cas", type = "u32", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_register_shared_queue",
        group = "SharedQueue",
        c_signature = [[extern "C" WasmResult proxy_register_shared_queue(const char* queue_name_ptr,
                                                  size_t queue_name_size, uint32_t* token);]],
        returns = { "ok" },
        c_notes = [[// Note: Registering the same queue_name will overwrite the old registration while preseving any
// pending data. Consequently it should typically be followed by a call to
// proxy_dequeue_shared_queue. Returns: Ok]],
        doc = "TODO(docs)",
        params = {
          { name = "queue_name", type = "string", doc = "TODO(docs)" },
          { name = "token", type = "ptr<token>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_resolve_shared_queue",
        group = "SharedQueue",
        c_signature = [[extern "C" WasmResult proxy_resolve_shared_queue(const char* vm_id, size_t vm_id_size,
                                                 const char* queue_name_ptr, size_t queue_name_size,
                                                 uint32_t* token);]],
        c_notes = "// Returns: Ok, NotFound",
        returns = { "ok", "not_found" },
        doc = "TODO(docs)",
        params = {
          { name = "vm_id", type = "string", doc = "TODO(docs)" },
          { name = "queue_name", type = "string", doc = "TODO(docs)" },
          { name = "token", type = "ptr<token>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_dequeue_shared_queue",
        group = "SharedQueue",
        c_signature = [[extern "C" WasmResult proxy_dequeue_shared_queue(uint32_t token, const char** data_ptr,
                                                 size_t* data_size);]],
        c_notes = "// Returns Ok, Empty, NotFound (token not registered).",
        returns = { "ok", "empty", "not_found" },
        doc = "TODO(docs)",
        params = {
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "data", type = "ptr<ptr<char8>>", dir = "out", len = "data_len", doc = "TODO(docs)" },
          { name = "data_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_enqueue_shared_queue",
        group = "SharedQueue",
        c_signature = [[extern "C" WasmResult proxy_enqueue_shared_queue(uint32_t token, const char* data_ptr,
                                                 size_t data_size);]],
        c_notes = "// Returns false if the queue was not found and the data was not enqueued.",
        returns = { "ok", "not_found" },
        doc = "TODO(docs)",
        params = {
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "data", type = "string", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_add_header_map_value",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_add_header_map_value(HeaderMapType type, const char* key_ptr,
                                                 size_t key_size, const char* value_ptr,
                                                 size_t value_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "key", type = "string", doc = "TODO(docs)" },
          { name = "value", type = "string", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_header_map_value",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_get_header_map_value(HeaderMapType type, const char* key_ptr,
                                                 size_t key_size, const char** value_ptr,
                                                 size_t* value_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "key", type = "string", doc = "TODO(docs)" },
          { name = "value", type = "ptr<ptr<char8>>", dir = "out", len = "value_len", doc = "TODO(docs)" },
          { name = "value_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_header_map_pairs",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_get_header_map_pairs(HeaderMapType type, const char** ptr,
                                                 size_t* size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "buf", type = "ptr<ptr<char8>>", dir = "out", len = "buf_len", encoding = "pairs",
            doc = "TODO(docs)" },
          { name = "buf_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_set_header_map_pairs",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_set_header_map_pairs(HeaderMapType type, const char* ptr, size_t size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "buf", type = "string", encoding = "pairs",
            doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_replace_header_map_value",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_replace_header_map_value(HeaderMapType type, const char* key_ptr,
                                                     size_t key_size, const char* value_ptr,
                                                     size_t value_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "key", type = "string", doc = "TODO(docs)" },
          { name = "value", type = "string", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_remove_header_map_value",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_remove_header_map_value(HeaderMapType type, const char* key_ptr,
                                                    size_t key_size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "key", type = "string", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_header_map_size",
        group = "Headers/Trailers/Metadata Maps",
        c_signature = [[extern "C" WasmResult proxy_get_header_map_size(HeaderMapType type, size_t* size);]],
        doc = "TODO(docs)",
        params = {
          { name = "headers_type", type = "headers_type", doc = "TODO(docs)" },
          { name = "len", type = "ptr<map_size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_buffer_bytes",
        group = "Buffer",
        c_signature = [[extern "C" WasmResult proxy_get_buffer_bytes(BufferType type, uint32_t start, uint32_t length,
                                             const char** ptr, size_t* size);]],
        doc = "TODO(docs)",
        params = {
          { name = "buffer_type", type = "buffer_type", doc = "TODO(docs)" },
          { name = "start", type = "u32", doc = "TODO(docs)" },
          { name = "length", type = "u32", doc = "TODO(docs)" },
          { name = "buf", type = "ptr<ptr<char8>>", dir = "out", len = "buf_len", doc = "TODO(docs)" },
          { name = "buf_len", type = "ptr<size>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_get_buffer_status",
        group = "Buffer",
        c_signature = [[extern "C" WasmResult proxy_get_buffer_status(BufferType type, size_t* length_ptr,
                                              uint32_t* flags_ptr);]],
        doc = "TODO(docs)",
        params = {
          { name = "buffer_type", type = "buffer_type", doc = "TODO(docs)" },
          { name = "len", type = "ptr<u32>", dir = "out", erratum = "E4",
            doc = "TODO(docs)" },
          { name = "flags", type = "ptr<buffer_flags>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_http_call",
        group = "HTTP",
        c_signature = [[extern "C" WasmResult proxy_http_call(const char* uri_ptr, size_t uri_size, void* header_pairs_ptr,
                                      size_t header_pairs_size, const char* body_ptr,
                                      size_t body_size, void* trailer_pairs_ptr,
                                      size_t trailer_pairs_size, uint32_t timeout_milliseconds,
                                      uint32_t* token_ptr);]],
        doc = "TODO(docs)",
        params = {
          { name = "uri", type = "string", doc = "TODO(docs)" },
          { name = "header_pairs", type = "string", encoding = "pairs",
            doc = "TODO(docs)" },
          { name = "body", type = "string", doc = "TODO(docs)" },
          { name = "trailer_pairs", type = "string", encoding = "pairs",
            doc = "TODO(docs)" },
          { name = "timeout_ms", type = "u32", doc = "TODO(docs)" },
          { name = "token", type = "ptr<token>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_grpc_call",
        group = "gRPC",
        c_signature = [[extern "C" WasmResult proxy_grpc_call(const char* service_ptr, size_t service_size,
                                      const char* service_name_ptr, size_t service_name_size,
                                      const char* method_name_ptr, size_t method_name_size,
                                      const char* request_ptr, size_t request_size,
                                      uint32_t timeout_milliseconds, uint32_t* token_ptr);]],
        doc = "TODO(docs)",
        params = {
          { name = "service", type = "string", doc = "TODO(docs)" },
          { name = "service_name", type = "string", doc = "TODO(docs)" },
          { name = "method_name", type = "string", doc = "TODO(docs)" },
          { name = "request", type = "string", doc = "TODO(docs)" },
          { name = "timeout_ms", type = "u32", doc = "TODO(docs)" },
          { name = "token", type = "ptr<token>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_grpc_stream",
        group = "gRPC",
        c_signature = [[extern "C" WasmResult proxy_grpc_stream(const char* service_ptr, size_t service_size,
                                        const char* service_name_ptr, size_t service_name_size,
                                        const char* method_name_ptr, size_t method_name_size,
                                        uint32_t* token_ptr);]],
        doc = "TODO(docs)",
        params = {
          { name = "service", type = "string", doc = "TODO(docs)" },
          { name = "service_name", type = "string", doc = "TODO(docs)" },
          { name = "method_name", type = "string", doc = "TODO(docs)" },
          { name = "token", type = "ptr<token>", dir = "out", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_grpc_cancel",
        group = "gRPC",
        c_signature = [[extern "C" WasmResult proxy_grpc_cancel(uint32_t token);]],
        doc = "TODO(docs)",
        params = {
          { name = "token", type = "token", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_grpc_close",
        group = "gRPC",
        c_signature = [[extern "C" WasmResult proxy_grpc_close(uint32_t token);]],
        doc = "TODO(docs)",
        params = {
          { name = "token", type = "token", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
      { name = "proxy_grpc_send",
        group = "gRPC",
        c_signature = [[extern "C" WasmResult proxy_grpc_send(uint32_t token, const char* message_ptr, size_t message_size,
                                      uint32_t end_stream);]],
        doc = "TODO(docs)",
        params = {
          { name = "token", type = "token", doc = "TODO(docs)" },
          { name = "message", type = "string", doc = "TODO(docs)" },
          { name = "end_stream", type = "boolean", doc = "TODO(docs)" },
        },
        results = {
          { name = "error", type = "wasm_result", doc = "TODO(docs)" },
        } },
    } },
  },
  errata = {
    { id = "E1", kind = "toc",
      summary = "The table of contents omits the five L4 callbacks.",
      detail = [[The bodies of proxy_on_new_connection, proxy_on_downstream_data,
proxy_on_upstream_data, proxy_on_downstream_connection_close and
proxy_on_upstream_connection_close are present, but their table-of-contents
lines are missing: the TOC was edited by hand before the L4 callbacks were
added to the witx.]],
      resolution = "Generated documents list every function in the TOC.",
      toc_omits = {
        "proxy_on_new_connection",
        "proxy_on_downstream_data",
        "proxy_on_upstream_data",
        "proxy_on_downstream_connection_close",
        "proxy_on_upstream_connection_close",
      } },
    { id = "E2", kind = "module",
      summary = "Module names: `envoy` and `envoy_extension` in the document, "
        .. "`env` and plain exports in every real host.",
      detail = [[The witx declares the host functions in module `envoy` and the
callbacks in module `envoy_extension`.  Envoy, proxy-wasm-cpp-host, Kong's
ngx_wasm_module and every SDK import host functions from module `env` and
export callbacks without a module; the v1alpha README says so itself.]],
      resolution = "Generated code imports from `env` (the host module's "
        .. "`wasm_module`) and exports callbacks by plain name." },
    { id = "E3", kind = "names",
      summary = "The C signatures use other parameter names than the witx.",
      detail = [[Each function carries the C declaration of the envoy-wasm SDK
verbatim (`c_signature`).  Its parameter names differ from the witx names in
many places, and one witx `string` is two C parameters (pointer and size).
gen/tests/test_spec.lua checks that every C signature has exactly as many
parameters as the lowered core Wasm signature.]],
      resolution = "Generated code and docs use the witx names; "
        .. "`c_signature` is kept only as provenance." },
    { id = "E4", kind = "type",
      summary = "`size_t` in the C signatures, `u32` in the witx.",
      detail = [[The C declarations use `size_t` for lengths; on wasm32 that is
32 bits, which the witx calls `size` (u32).  proxy_get_buffer_status is typed
`Pointer<u32>` in the witx but `size_t*` in C: the same 4 bytes on wasm32.]],
      resolution = "Lengths are u32 in every generated signature." },
    { id = "E5", kind = "value",
      summary = "`grpc_status.invalid_code` is -1 in practice, not 17.",
      detail = [[witx numbers enum variants by position, which makes
invalid_code 17.  The envoy-wasm C++ SDK defines it as -1 (0xFFFFFFFF on the
wire), the witx comment concedes the problem, and the Rust bindings generated
from this witx were patched by hand to -1.]],
      resolution = "Generated code uses 0xFFFFFFFF (the `value` field); "
        .. "17 is not a valid grpc_status." },
  },
}
