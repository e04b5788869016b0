-- Proxy-Wasm ABI 0.2.0, as a difference from 0.1.0 (v0_1_0).
-- Data only; the format is spec/schema.lua.  Facts come from
-- ../shared/reference/abi-semantics.md §2.6 (CHANGELOG 2020-08-03) and the
-- official document proxy-wasm/spec abi-versions/v0.2.0/README.md, in
-- pwabi's own words.  Errata of this version are numbered from E20.
return {
  version = "v0_2_0",
  title = "Proxy-Wasm ABI 0.2.0",
  c_prefix = "pw_v020",
  extends = "v0_1_0",
  marker = "proxy_abi_version_0_2_0",
  provenance = {
    repository = "proxy-wasm/spec",
    commit = "3a844b8",
    path = "abi-versions/v0.2.0/README.md",
    note = [[Released in August 2020 (C++ SDK e25262d moved its marker from
0_1_0 to 0_2_0).  The document was written later, like 0.1.0's.]],
  },
  remove = {
    "proxy_continue_request", "proxy_continue_response",
    "proxy_clear_route_cache", "proxy_get_configuration",
  },
  rename = { proxy_abi_version_0_1_0 = "proxy_abi_version_0_2_0" },
  types = {
    { name = "buffer_type", kind = "enum", repr = "u32",
      doc = "Which byte buffer a call works on (the official "
        .. "proxy_buffer_type_t).  0.2.0 adds the two configurations, which "
        .. "replace proxy_get_configuration, and the arguments of a foreign "
        .. "function callback.",
      variants = {
        { name = "http_request_body", value = 0, doc = "Body of the proxied HTTP request." },
        { name = "http_response_body", value = 1, doc = "Body of the proxied HTTP response." },
        { name = "network_downstream_data", value = 2, doc = "Bytes from the downstream side of a proxied TCP connection." },
        { name = "network_upstream_data", value = 3, doc = "Bytes from the upstream side of a proxied TCP connection." },
        { name = "http_call_response_body", value = 4, doc = "Body of the response to an outgoing HTTP call." },
        { name = "grpc_receive_buffer", value = 5, doc = "Message received on an outgoing gRPC call or stream." },
        { name = "vm_configuration", value = 6, erratum = "E21", doc = "Configuration of the VM, read in proxy_on_vm_start." },
        { name = "plugin_configuration", value = 7, erratum = "E21", doc = "Configuration of the plugin, read in proxy_on_configure." },
        { name = "foreign_function_arguments", value = 8, doc = "Arguments of proxy_on_foreign_function (the C++ SDK calls it CallData)." },
      } },
    { name = "stream_type", kind = "enum", repr = "u32",
      doc = "Which direction or side of a stream a call acts on (the "
        .. "official proxy_stream_type_t).",
      variants = {
        { name = "http_request", value = 0, doc = "The request side of an HTTP stream." },
        { name = "http_response", value = 1, doc = "The response side of an HTTP stream." },
        { name = "downstream", value = 2, doc = "The downstream connection of a TCP stream." },
        { name = "upstream", value = 3, doc = "The upstream connection of a TCP stream." },
      } },
  },
  modules = {
    { name = "envoy_extension", side = "guest",
      doc = "Callbacks the plugin exports (plain exports, no module); all "
        .. "optional for the document and Envoy, while Kong requires "
        .. "proxy_on_context_create, proxy_on_vm_start and proxy_on_configure.",
      functions = {
        { name = "proxy_on_request_headers", group = "HTTP calls.",
          doc = "The request headers arrived; since 0.2.0 with an end-of-stream flag.",
          params = {
            { name = "context_id", type = "context_id", doc = "Stream context." },
            { name = "headers_count", type = "map_size", doc = "Number of request headers." },
            { name = "end_of_stream", type = "boolean", doc = "Non-zero when the request has no body or trailers." },
          },
          results = { { name = "status", type = "filter_headers_status", doc = "Continue or stop." } } },
        { name = "proxy_on_response_headers", group = "HTTP calls.",
          doc = "The response headers arrived; since 0.2.0 with an end-of-stream flag.",
          params = {
            { name = "context_id", type = "context_id", doc = "Stream context." },
            { name = "headers_count", type = "map_size", doc = "Number of response headers." },
            { name = "end_of_stream", type = "boolean", doc = "Non-zero when the response has no body or trailers." },
          },
          results = { { name = "status", type = "filter_headers_status", doc = "Continue or stop." } } },
        { name = "proxy_on_foreign_function", group = "Foreign functions",
          doc = "A host-side foreign function calls back into the plugin.",
          params = {
            { name = "root_context_id", type = "context_id", doc = "Root context called." },
            { name = "function_id", type = "u32", doc = "Which function calls back; host-defined." },
            { name = "arguments_len", type = "size", doc = "Length of the arguments in buffer 8." },
          },
          results = {} },
      } },
    { name = "envoy", side = "host", wasm_module = "env",
      doc = "Functions the host provides, imported from module `env`; each "
        .. "returns a wasm_result and passes results through out-pointers.",
      functions = {
        { name = "proxy_continue_stream", group = "Continue/Reply/Route",
          doc = "Resumes a paused side of the current stream.",
          params = {
            { name = "stream_type", type = "stream_type", doc = "Side to resume." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_close_stream", group = "Continue/Reply/Route",
          doc = "Closes or resets a side of the current stream.",
          params = {
            { name = "stream_type", type = "stream_type", doc = "Side to close." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
      } },
  },
  errata = {
    { id = "E20", kind = "divergence",
      summary = "proxy_clear_route_cache left the ABI in 0.2.0, but Envoy "
        .. "brought the operation back as a foreign function.",
      detail = [[0.2.0 removed the function.  Envoy at first cleared the
route cache by itself whenever request headers changed (envoy#14318); in
2024 it switched that off by default (envoy#36671, runtime guard
wasm_no_automatic_route_refresh) and offered a `clear_route_cache`
foreign function instead.]],
      resolution = "Not in the 0.2.x data; plugins that need it call "
        .. "proxy_call_foreign_function(\"clear_route_cache\") on Envoy." },
    { id = "E21", kind = "divergence",
      summary = "The configuration buffers are available longer than the "
        .. "document says.",
      detail = [[The document makes buffer 6 readable in proxy_on_vm_start
and buffer 7 in proxy_on_configure.  Envoy serves buffer 6 at any time and
buffer 7 during proxy_on_configure and proxy_validate_configuration; Kong
serves both at any time.]],
      resolution = "The conformance suite reads them only in the callbacks "
        .. "the document names; elsewhere the answer is host-specific." },
    { id = "E22", kind = "divergence",
      summary = "Kong passes end_of_stream = 0 to the header callbacks.",
      detail = [[Since 0.2.0 proxy_on_request_headers and
proxy_on_response_headers take end_of_stream.  Kong always passes 0, even
for a request without a body.]],
      resolution = "The data has the flag; a guest must not rely on it "
        .. "being set." },
  },
}
