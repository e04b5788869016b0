-- Proxy-Wasm ABI 0.1.0, as a difference from the seed (v1alpha).
-- Data only; the format is spec/schema.lua.  Facts come from
-- ../shared/reference/abi-semantics.md §2 (what real hosts do) and the
-- official document proxy-wasm/spec abi-versions/v0.1.0/README.md; every
-- string here is pwabi's own wording.  Where the two disagree the data
-- follows the hosts and an erratum (E6 and up) says so.
--
-- Type names stay those of v1alpha in every version (wasm_result,
-- headers_type, buffer_type, ...), so that one item has one name across
-- versions; the official names (proxy_status_t, proxy_map_type_t, ...) are
-- given in the `doc` text (erratum E15).
return {
  version = "v0_1_0",
  title = "Proxy-Wasm ABI 0.1.0",
  c_prefix = "pw_v010",
  extends = "v1alpha",
  marker = "proxy_abi_version_0_1_0",
  -- a missing header is ok with an empty value in 0.1.0 only (0.2.0 and
  -- later answer not_found; Envoy and Kong keep 0.1.0's rule for 0.1.0)
  not_found_ok = { "proxy_get_header_map_value" },
  allocators = { "malloc", "proxy_on_memory_allocate" },
  provenance = {
    repository = "proxy-wasm/spec",
    commit = "3a844b8",
    path = "abi-versions/v0.1.0/README.md",
    note = [[Written in 2023-2024, after the fact, to describe the final
shape of 0.1.0 as the C++ SDK left it in April 2020 (gRPC calls with initial
metadata, proxy_set_buffer_bytes, proxy_call_foreign_function).  Hosts and
SDKs were the specification until then.]],
  },
  -- E1 is about the seed document's table of contents only.
  remove = { "proxy_on_grpc_create_initial_metadata", "E1" },
  rename = {
    proxy_on_start = "proxy_on_vm_start",
    proxy_on_create = "proxy_on_context_create",
    proxy_on_grpc_trailing_metadata = "proxy_on_grpc_receive_trailing_metadata",
  },
  types = {
    { name = "wasm_result", kind = "enum", repr = "u32", erratum = "E9",
      doc = [[Status of a host call (the official proxy_status_t).  Every
host function returns one; values the document does not list are kept
because hosts still produce them.]],
      variants = {
        { name = "ok", value = 0, doc = "The call succeeded." },
        { name = "not_found", value = 1, doc = "The named item does not exist or is not available now." },
        { name = "bad_argument", value = 2, doc = "An argument is out of range or not valid here." },
        { name = "serialization_failure", value = 3, doc = "The host could not serialize a value." },
        { name = "parse_failure", value = 4, doc = "The host could not parse an argument." },
        { name = "bad_expression", value = 5, erratum = "E9", doc = "An expression was not valid (not listed by the document)." },
        { name = "invalid_memory_access", value = 6, doc = "A pointer or length lies outside guest memory." },
        { name = "empty", value = 7, doc = "The container (e.g. a queue) holds nothing." },
        { name = "cas_mismatch", value = 8, doc = "The compare-and-swap token is stale." },
        { name = "result_mismatch", value = 9, erratum = "E9", doc = "A result had an unexpected shape (not listed by the document)." },
        { name = "internal_failure", value = 10, doc = "The host failed for a reason of its own." },
        { name = "broken_connection", value = 11, erratum = "E9", doc = "A connection or stream closed unexpectedly (not listed by the document; Envoy reports it for failed HTTP calls)." },
        { name = "unimplemented", value = 12, doc = "The host does not implement this call or this argument." },
      } },
    { name = "headers_type", kind = "enum", repr = "u32", erratum = "E10",
      doc = [[Which header map or metadata map a call works on (the
official proxy_map_type_t).  Renumbered against v1alpha: the client's gRPC
initial metadata is now an argument of proxy_grpc_call and
proxy_grpc_stream, so it has no map number.]],
      variants = {
        { name = "request_headers", value = 0, doc = "Headers of the proxied HTTP request." },
        { name = "request_trailers", value = 1, doc = "Trailers of the proxied HTTP request." },
        { name = "response_headers", value = 2, doc = "Headers of the proxied HTTP response." },
        { name = "response_trailers", value = 3, doc = "Trailers of the proxied HTTP response." },
        { name = "grpc_receive_initial_metadata", value = 4, doc = "Initial metadata the server sent on an outgoing gRPC call or stream." },
        { name = "grpc_receive_trailing_metadata", value = 5, doc = "Trailing metadata the server sent on an outgoing gRPC call or stream." },
        { name = "http_call_response_headers", value = 6, doc = "Headers of the response to an outgoing HTTP call." },
        { name = "http_call_response_trailers", value = 7, doc = "Trailers of the response to an outgoing HTTP call." },
      } },
  },
  modules = {
    { name = "envoy_extension", side = "guest", erratum = "E2",
      doc = "Callbacks the plugin exports (plain exports, no module); all "
        .. "optional for the document and Envoy, while Kong requires "
        .. "proxy_on_context_create, proxy_on_vm_start and proxy_on_configure.",
      functions = {
        { name = "proxy_on_vm_start", group = "Calls in.",
          doc = "Starts the plugin's root context; the seed's proxy_on_start renamed.",
          params = {
            { name = "root_context_id", type = "context_id", erratum = "E16",
              doc = "Root context being started." },
            { name = "configuration_len", type = "size", doc = "Length of the VM configuration." },
          },
          results = { { name = "result", type = "u32", doc = "Non-zero on success." } } },
      } },
    { name = "integration", side = "guest", guest_header = "list",
      doc = "Exports that let a host recognise, start and feed the module: "
        .. "the version marker, the WASI start functions and the allocator, "
        .. "usually provided by the toolchain, libc or SDK.",
      functions = {
        { name = "proxy_abi_version_0_1_0", group = "Integration",
          doc = "Marker export: its presence declares ABI 0.1.0; it is never called.",
          params = {}, results = {} },
        { name = "_initialize", group = "Integration",
          doc = "WASI reactor initialisation, run once after instantiation.",
          params = {}, results = {} },
        { name = "_start", group = "Integration",
          doc = "WASI command entry point, run once at load when `_initialize` is not exported.",
          params = {}, results = {} },
        { name = "main", group = "Integration",
          doc = "C main, run once after `_initialize` when both are exported.",
          params = {
            { name = "argc", type = "u32", doc = "Always 0." },
            { name = "argv", type = "u32", doc = "Always 0." },
          },
          results = { { name = "result", type = "u32", doc = "Ignored by hosts." } } },
        { name = "proxy_on_memory_allocate", group = "Memory management",
          doc = "Allocator the host uses to hand variable-size results to the guest.",
          params = { { name = "size", type = "size", doc = "Bytes wanted." } },
          results = { { name = "address", type = "u32", doc = "Start of the block, or 0 on failure." } } },
        { name = "malloc", group = "Memory management",
          doc = "The C allocator, which hosts also accept as the guest allocator.",
          params = { { name = "size", type = "size", doc = "Bytes wanted." } },
          results = { { name = "address", type = "u32", doc = "Start of the block, or 0 on failure." } } },
      } },
    { name = "envoy", side = "host", wasm_module = "env", erratum = "E2",
      doc = "Functions the host provides, imported from module `env`; each "
        .. "returns a wasm_result and passes results through out-pointers.",
      functions = {
        { name = "proxy_continue_request", group = "Continue/Reply/Route",
          erratum = "E6",
          doc = "Resumes a proxied HTTP request that a callback paused.",
          params = {},
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_continue_response", group = "Continue/Reply/Route",
          erratum = "E6",
          doc = "Resumes a proxied HTTP response that a callback paused.",
          params = {},
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_clear_route_cache", group = "Continue/Reply/Route",
          erratum = "E6",
          doc = "Makes the host recompute the route of the current request.",
          params = {},
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_set_buffer_bytes", group = "Buffer", erratum = "E17",
          doc = "Splices bytes into a buffer: replaces a range with new content.",
          params = {
            { name = "buffer_type", type = "buffer_type", doc = "Buffer to change." },
            { name = "start", type = "u32", doc = "Offset of the range to replace." },
            { name = "length", type = "u32", doc = "Length of the range to replace." },
            { name = "value", type = "string", doc = "Bytes that take the range's place." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_grpc_call", group = "gRPC",
          doc = "Starts a unary gRPC call with initial metadata.",
          params = {
            { name = "service", type = "string", doc = "Upstream (cluster) to call." },
            { name = "service_name", type = "string", doc = "Fully-qualified gRPC service." },
            { name = "method_name", type = "string", doc = "Method of that service." },
            { name = "initial_metadata", type = "string", encoding = "pairs",
              doc = "Initial metadata for the call, pairs-encoded." },
            { name = "request", type = "string", doc = "Serialized request message." },
            { name = "timeout_ms", type = "u32", doc = "Deadline in milliseconds." },
            { name = "token", type = "ptr<token>", dir = "out", doc = "Receives the call's token." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_grpc_stream", group = "gRPC",
          doc = "Opens a gRPC stream with initial metadata.",
          params = {
            { name = "service", type = "string", doc = "Upstream (cluster) to call." },
            { name = "service_name", type = "string", doc = "Fully-qualified gRPC service." },
            { name = "method_name", type = "string", doc = "Method of that service." },
            { name = "initial_metadata", type = "string", encoding = "pairs",
              doc = "Initial metadata for the stream, pairs-encoded." },
            { name = "token", type = "ptr<token>", dir = "out", doc = "Receives the stream's token." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
        { name = "proxy_call_foreign_function", group = "Foreign functions",
          doc = "Calls a function the host registered by name, outside the ABI proper.",
          params = {
            { name = "function_name", type = "string", doc = "Registered name of the function." },
            { name = "arguments", type = "string", doc = "Argument bytes, in the function's own format." },
            { name = "results", type = "ptr<ptr<char8>>", dir = "out", len = "results_len",
              doc = "Receives the guest address of the result bytes." },
            { name = "results_len", type = "ptr<size>", dir = "out", doc = "Receives the result length." },
          },
          results = { { name = "error", type = "wasm_result", doc = "Status of the call." } } },
      } },
  },
  wasi = {
    module = "wasi_snapshot_preview1",
    aliases = { "wasi_unstable" },
    doc = [[The WASI preview 1 imports the official documents list for
modules built for wasm32-wasi.  Hosts implement logging, clocks and
randomness and stub the rest; proxy-wasm-cpp-host registers about 45 WASI
functions under both module names, most of them stubs.]],
    types = {
      { name = "errno", kind = "enum", repr = "u16", erratum = "E19",
        doc = "WASI error number (the official wasi_errno_t); the values hosts use.",
        variants = {
          { name = "success", value = 0, doc = "No error." },
          { name = "badf", value = 8, doc = "Bad file descriptor." },
          { name = "notdir", value = 20, doc = "Not a directory (cpp-host stubs)." },
          { name = "fault", value = 21, doc = "An address lies outside guest memory." },
          { name = "inval", value = 28, doc = "Invalid argument." },
          { name = "noent", value = 44, doc = "No such file or directory (cpp-host stubs)." },
          { name = "nosys", value = 52, doc = "Function not implemented (cpp-host stubs)." },
          { name = "notsup", value = 58, doc = "Not supported." },
          { name = "notcapable", value = 76, doc = "Capability missing (cpp-host stubs)." },
        } },
      { name = "fd", kind = "builtin", repr = "u32",
        doc = "File descriptor; 1 is standard output, 2 standard error (the official wasi_fd_id_t)." },
      { name = "clockid", kind = "enum", repr = "u32",
        doc = "WASI clock (the official wasi_clock_id_t lists the first two).",
        variants = {
          { name = "realtime", value = 0, doc = "Wall-clock time." },
          { name = "monotonic", value = 1, doc = "Monotonic time." },
          { name = "process_cputime_id", value = 2, doc = "CPU time of the process (hosts: notsup)." },
          { name = "thread_cputime_id", value = 3, doc = "CPU time of the thread (hosts: notsup)." },
        } },
      { name = "size", kind = "builtin", repr = "u32", doc = "A size or count in guest memory." },
      { name = "timestamp", kind = "builtin", repr = "u64", doc = "Time in nanoseconds." },
      { name = "exitcode", kind = "builtin", repr = "u32", doc = "Process exit status." },
      { name = "filedelta", kind = "builtin", repr = "s64", doc = "A signed offset in a file." },
      { name = "filesize", kind = "builtin", repr = "u64", doc = "An offset or size in a file." },
      { name = "whence", kind = "builtin", repr = "u32",
        doc = "Where fd_seek counts from: 0 set, 1 cur, 2 end (the official wasi_whence_t, a u8)." },
    },
    -- What the glue answers for an argument it refuses (memory: a pointer
    -- or length outside guest memory; argument: a value of no variant) and
    -- for a function the host leaves out (it traps too).
    failures = { memory = "fault", argument = "inval", unimplemented = "nosys" },
    functions = {
      { name = "fd_write", doc = "Writes gathered bytes to a file descriptor.",
        params = {
          { name = "fd", type = "fd", doc = "Descriptor written to." },
          { name = "iovs", type = "iovecs", doc = "The pieces to write, in order." },
          { name = "nwritten", type = "ptr<size>", dir = "out", doc = "Receives the bytes written." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "clock_time_get", doc = "Reads a clock.",
        params = {
          { name = "id", type = "clockid", doc = "Clock to read." },
          { name = "precision", type = "timestamp", doc = "Wanted precision; ignored by hosts." },
          { name = "time", type = "ptr<timestamp>", dir = "out", doc = "Receives the time." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "random_get", doc = "Fills guest memory with random bytes.",
        params = {
          { name = "buf", type = "bytes_out", dir = "out", doc = "Memory to fill." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "environ_sizes_get", doc = "Reports the size of the environment.",
        params = {
          { name = "count", type = "ptr<size>", dir = "out", doc = "Receives the number of variables." },
          { name = "buf_size", type = "ptr<size>", dir = "out", doc = "Receives the bytes their strings need." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "environ_get", doc = "Copies the environment into guest memory.",
        params = {
          { name = "environ", type = "array<u32>", dir = "out", doc = "Receives one string address per variable." },
          { name = "environ_buf", type = "array<u8>", dir = "out", doc = "Receives the NUL-terminated strings." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "args_sizes_get", doc = "Reports the size of the command line.",
        params = {
          { name = "argc", type = "ptr<size>", dir = "out", doc = "Receives the number of arguments." },
          { name = "argv_buf_size", type = "ptr<size>", dir = "out", doc = "Receives the bytes their strings need." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "args_get", doc = "Copies the command line into guest memory.",
        params = {
          { name = "argv", type = "array<u32>", dir = "out", doc = "Receives one string address per argument." },
          { name = "argv_buf", type = "array<u8>", dir = "out", doc = "Receives the NUL-terminated strings." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "proc_exit", doc = "Ends the program; does not return.",
        params = {
          { name = "rval", type = "exitcode", doc = "Exit status." },
        },
        results = {} },
      -- Not in the documents: what real filters import and real hosts
      -- serve, mostly as stubs (erratum E32).
      { name = "fd_close", erratum = "E32", doc = "Closes a file descriptor.",
        params = { { name = "fd", type = "fd", doc = "Descriptor closed." } },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "fd_seek", erratum = "E32", doc = "Moves a file descriptor's offset.",
        params = {
          { name = "fd", type = "fd", doc = "Descriptor moved." },
          { name = "offset", type = "filedelta", doc = "Bytes to move by." },
          { name = "whence", type = "whence", doc = "Where to count from." },
          { name = "newoffset", type = "ptr<filesize>", dir = "out", doc = "Receives the new offset." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "fd_fdstat_get", erratum = "E32", doc = "Describes a file descriptor.",
        params = {
          { name = "fd", type = "fd", doc = "Descriptor described." },
          { name = "stat", type = "array<u8>", dir = "out", doc = "Receives a 24-byte fdstat." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "fd_prestat_get", erratum = "E32", doc = "Describes a pre-opened directory.",
        params = {
          { name = "fd", type = "fd", doc = "Descriptor asked about." },
          { name = "buf", type = "array<u8>", dir = "out", doc = "Receives an 8-byte prestat." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "fd_prestat_dir_name", erratum = "E32", doc = "Names a pre-opened directory.",
        params = {
          { name = "fd", type = "fd", doc = "Descriptor asked about." },
          { name = "path", type = "bytes_out", dir = "out", doc = "Receives the name." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "sched_yield", erratum = "E32", doc = "Yields the processor.",
        params = {},
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
      { name = "poll_oneoff", erratum = "E32", doc = "Waits for events.",
        params = {
          { name = "subscriptions", type = "size", doc = "Address of the 48-byte subscriptions (not read by hosts)." },
          { name = "events", type = "array<u8>", dir = "out", doc = "Receives 32-byte events." },
          { name = "nsubscriptions", type = "size", doc = "Number of subscriptions." },
          { name = "nevents", type = "ptr<size>", dir = "out", doc = "Receives the number of events." },
        },
        results = { { name = "errno", type = "errno", doc = "WASI status." } } },
    },
    -- Not WASI: what C and C++ toolchains import from `env` besides the ABI.
    extras = {
      { name = "emscripten_notify_memory_growth", erratum = "E32",
        doc = "Emscripten's notice that memory grew; hosts ignore it.",
        params = { { name = "memory_index", type = "u32", doc = "Memory that grew (0)." } },
        results = {} },
      { name = "pthread_equal", erratum = "E32",
        doc = "Compares two thread ids (old Istio C++ filters); non-zero when equal.",
        params = {
          { name = "a", type = "u32", doc = "A thread id." },
          { name = "b", type = "u32", doc = "Another thread id." },
        },
        results = { { name = "equal", type = "u32", doc = "Non-zero when a equals b." } } },
    },
  },
  errata = {
    { id = "E32", kind = "omission",
      summary = "WASI and env imports the documents leave out but real "
        .. "filters import and real hosts serve.",
      detail = [[Filters built with Rust, TinyGo, Go (wasip1) and C++ import
fd_close, fd_seek, fd_fdstat_get, fd_prestat_get, fd_prestat_dir_name,
sched_yield and poll_oneoff from WASI, and emscripten_notify_memory_growth
or pthread_equal from `env`.  proxy-wasm-cpp-host serves them all, mostly
as stubs, under wasi_unstable and wasi_snapshot_preview1; a host that does
not fails to load these filters.]],
      resolution = "The data lists them in `wasi` (with the stubs' "
        .. "answers in the semantics) and the `env` ones as `extras`." },
    { id = "E6", kind = "signature",
      summary = "proxy_continue_request, proxy_continue_response and "
        .. "proxy_clear_route_cache: the document gives them no result.",
      detail = [[The 0.1.0 document lists no return value for these three
functions.  Every host (proxy-wasm-cpp-host, Envoy, Kong) and every SDK
types them ()->i32 and returns a status, exactly like the seed; an import
()->() would not link on cpp-host.]],
      resolution = "Return wasm_result like every host function; the data "
        .. "gives them the `error` result." },
    { id = "E7", kind = "precedence",
      summary = "Allocator order: the document prefers "
        .. "proxy_on_memory_allocate, hosts look up malloc first.",
      detail = [[The document calls `malloc` deprecated and says it is used
only when proxy_on_memory_allocate is absent.  proxy-wasm-cpp-host (since
its PR #80) and Kong's ngx_wasm_module look up `malloc` first and fall back
to proxy_on_memory_allocate; api7's wasm-nginx-module does the opposite.  A
module with neither fails to load on cpp-host and Kong.]],
      resolution = "The data's `allocators` order: malloc, then "
        .. "proxy_on_memory_allocate." },
    { id = "E8", kind = "omission",
      summary = "Callbacks the document leaves out but SDKs and hosts use: "
        .. "proxy_validate_configuration, proxy_on_request_metadata, "
        .. "proxy_on_response_metadata.",
      detail = [[These exports existed in the seed and still exist in the
C++ SDK and in proxy-wasm-cpp-host, which looks them up (Envoy validates
configurations through the first).  None of the official documents
mentions them.  Kong does not call them.]],
      resolution = "Kept in every version, with the seed's signatures." },
    { id = "E9", kind = "values",
      summary = "wasm_result: the document lists ten values, hosts use "
        .. "thirteen (0..12).",
      detail = [[The document's proxy_status_t omits 5 (bad_expression),
9 (result_mismatch) and 11 (broken_connection).  The SDKs, cpp-host and
Kong keep all of 0..12, and Envoy still reports 11 through proxy_get_status
after a failed HTTP call.  Kong calls 12 "NYI".]],
      resolution = "All thirteen values are valid wasm_result values." },
    { id = "E10", kind = "values",
      summary = "Map types were renumbered under the same 0.1.0 marker.",
      detail = [[The C++ SDK (commit 361eb06, March 2020) removed the seed's
map 4 (client gRPC initial metadata) and moved the later maps down by one,
without changing the marker.  Modules built before that with the 0_1_0
marker use the seed numbering; every current host uses the new one.]],
      resolution = "headers_type uses the renumbered values 0..7; the "
        .. "variant names stay those of v1alpha." },
    { id = "E11", kind = "divergence",
      summary = "proxy_get_buffer_status: the document calls the second "
        .. "out-value unused, the seed calls it flags.",
      detail = [[The document names the last out-pointer return_unused.
proxy-wasm-cpp-host writes 0 there (it never sets end-of-stream); Kong does
not export the function at all.]],
      resolution = "The parameter keeps its v1alpha name and type (`flags`, "
        .. "buffer_flags); a conformant host may always write 0." },
    { id = "E12", kind = "divergence",
      summary = "proxy_on_http_call_response: the document names the wrong "
        .. "buffer for the response body.",
      detail = [[The document says the body of an HTTP call response is read
from HTTP_RESPONSE_BODY (1).  Hosts serve it as buffer 4,
http_call_response_body, and only during this callback.]],
      resolution = "The call's response body is buffer_type "
        .. "http_call_response_body." },
    { id = "E13", kind = "divergence",
      summary = "proxy_get_header_map_size: three hosts, three meanings.",
      detail = [[The document says it returns the size of the serialized
pairs.  Envoy returns the sum of key and value lengths, cpp-host's
interface comment says the number of entries, and Kong does not export the
function (an import of it fails to link).]],
      resolution = "The data keeps the seed's map_size result, the number "
        .. "of entries (pwabi's choice, as cpp-host's interface documents)." },
    { id = "E14", kind = "values",
      summary = "Callback return values: the document knows CONTINUE and "
        .. "PAUSE only.",
      detail = [[The document's proxy_action_t has two values.  The SDKs and
cpp-host use the fuller Envoy sets (e.g. four data statuses; header
statuses up to StopAllIterationAndWatermark), and map unknown values to a
stop.]],
      resolution = "The filter_*_status types keep the seed's values; 0 is "
        .. "continue and 1 a stop in each." },
    { id = "E15", kind = "names",
      summary = "The document's type names are not ours.",
      detail = [[The document names its types proxy_status_t,
proxy_log_level_t, proxy_action_t, proxy_buffer_type_t, proxy_map_type_t,
proxy_peer_type_t and proxy_metric_type_t.  pwabi keeps one name per
meaning in every version so that hosts can match items across versions.]],
      resolution = "wasm_result, log_level, filter_*_status, buffer_type, "
        .. "headers_type, peer_type and metric_type; the official name is "
        .. "given in the doc text." },
    { id = "E16", kind = "names",
      summary = "proxy_on_vm_start: the document calls the first parameter "
        .. "unused.",
      detail = [[The document lists the first parameter of
proxy_on_vm_start as unused.  cpp-host passes the id of the root context
being started, as the seed did.]],
      resolution = "The parameter keeps its v1alpha name, root_context_id." },
    { id = "E17", kind = "divergence",
      summary = "proxy_set_buffer_bytes: Envoy supports only some splices.",
      detail = [[The document allows any (start, length) splice.  Envoy
accepts only a prepend (0, 0), a replacement of everything (start 0 and a
length at least the buffer's) and an append (start at or past the end),
and answers bad_argument otherwise.  Kong treats a zero length at a
non-zero offset as the value's length.]],
      resolution = "The data describes the general splice; the conformance "
        .. "suite expects hosts to support at least prepend, replace-all and "
        .. "append." },
    { id = "E18", kind = "divergence",
      summary = "Buffer types 6..8 are accepted from 0.1.0 modules too.",
      detail = [[buffer_type has 0..5 in 0.1.0.  proxy-wasm-cpp-host accepts
up to 8 for every ABI version, so a 0.1.0 module reading buffer 6 gets the
VM configuration there.]],
      resolution = "The 0.1.0 data has 0..5; reading 6..8 in 0.1.0 is "
        .. "host-specific." },
    { id = "E19", kind = "values",
      summary = "WASI errno: the document lists five values, cpp-host "
        .. "returns more.",
      detail = [[The document's wasi_errno_t has success, badf, fault, inval
and notsup.  cpp-host's WASI stubs also return nosys (52), noent (44),
notdir (20) and notcapable (76).]],
      resolution = "errno lists all nine, with their WASI preview 1 values." },
  },
}
