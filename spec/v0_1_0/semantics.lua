-- Semantics of Proxy-Wasm ABI 0.1.0, in pwabi's own words: only what is new
-- or changed against v1alpha (whose semantics.lua this version inherits,
-- following the renames).  Data only; the format is spec/schema.lua.
-- Facts: ../shared/reference/abi-semantics.md §2-§3 (CH = cpp-host and
-- Envoy, NGX = Kong's ngx_wasm_module).
return {
  functions = {

    ------------------------------------------------------------------------
    -- Renamed callbacks
    ------------------------------------------------------------------------

    proxy_on_vm_start = {
      summary = "Starts a root context; v1alpha's proxy_on_start under its "
        .. "0.1.0 name.",
      detail = [[
The VM configuration is readable with `proxy_get_configuration` while the
callback runs.  A 0 result makes the host give up on this VM instance.]],
      params = {
        root_context_id = "Root context being started (the official "
          .. "document calls it unused, erratum E16).",
        configuration_len = "Bytes of VM configuration; 0 when there is "
          .. "none.",
      },
      result = "Non-zero when the start worked; 0 rejects the VM.",
      order = [[
Once per root context, right after `proxy_on_context_create(id, 0)` and
before `proxy_on_configure`.]],
      hosts = {
        { topic = "presence",
          ch = "Optional; when absent the start counts as successful.",
          ngx = "Required: a module without it is refused." },
        { topic = "frequency",
          ch = "Once per plugin root context; Envoy's canary VM may run it "
            .. "once more.",
          ngx = "Once per filter root context per instance." },
      },
    },

    proxy_on_context_create = {
      summary = "Announces a new context; v1alpha's proxy_on_create under "
        .. "its 0.1.0 name.",
      detail = [[
A parent of 0 means the new context is a root (plugin) context; otherwise
it is a stream context of that root.  Root and stream contexts share one id
space, and an id is not reused while the VM lives.]],
      params = {
        context_id = "Id of the new context; never 0.",
        root_context_id = "Root context the new one belongs to, or 0 for a "
          .. "root context.",
      },
      order = [[
The first callback of every context: before `proxy_on_vm_start` for a root,
before `proxy_on_new_connection` or `proxy_on_request_headers` for a
stream.]],
      hosts = {
        { topic = "presence",
          ch = [[Optional.  When a request never reaches the filter, Envoy
creates the context in the log phase, right before `proxy_on_log`.]],
          ngx = "Required: a module without it is refused." },
        { topic = "ids",
          ch = "1, 2, ... per VM.",
          ngx = "Root ids are a CRC32 of the filter name and configuration; "
            .. "stream ids come from a process-wide counter." },
      },
    },

    proxy_on_grpc_receive_trailing_metadata = {
      summary = "The server's trailing metadata of a gRPC call or stream "
        .. "arrived; v1alpha's proxy_on_grpc_trailing_metadata renamed.",
      detail = [[
The entries are readable through map 5, `grpc_receive_trailing_metadata`,
during this callback only.]],
      params = {
        context_id = "Root context that started the call or stream.",
        token = "Token written by `proxy_grpc_call` or `proxy_grpc_stream`.",
        trailers_count = "Number of metadata entries.",
      },
      order = "After the last `proxy_on_grpc_receive` and before "
        .. "`proxy_on_grpc_close`.",
      hosts = {
        { topic = "support",
          ch = "Called under this name (the C++ SDK's externs header still "
            .. "declares the old one, but exports this one).",
          ngx = "Never called: gRPC is not implemented." },
      },
    },

    ------------------------------------------------------------------------
    -- Integration and memory exports (module `integration`)
    ------------------------------------------------------------------------

    proxy_abi_version_0_1_0 = {
      summary = "Declares that the module speaks ABI 0.1.0; never called.",
      detail = [[
Hosts read the export section before instantiating.  CH takes the first
function export named proxy_abi_version_0_1_0, _0_2_0 or _0_2_1; NGX walks
the exports and takes the first match among 0_2_1, 0_2_0 and 0_1_0.  A
module with no known marker is refused by both.  The version chooses which
host functions CH registers, the arity of the header callbacks and how
`proxy_get_header_map_value` treats a missing key.]],
      params = {},
    },

    _initialize = {
      summary = "WASI reactor initialisation.",
      detail = [[
Called once, right after instantiation and before any other export.  While
it (and `main`, `_start`) runs, CH allows only `proxy_log`, a few WASI calls
(fd_write, clocks, random, args, environ and some stubs); any other host
call traps.]],
      params = {},
      order = "First call into a module; then `main` if exported.",
    },

    _start = {
      summary = "WASI command entry point, used when the module is not a "
        .. "reactor.",
      detail = "Called once at load, and only when `_initialize` is not "
        .. "exported.  The same host-call restriction applies.",
      params = {},
      order = "First call into a module that lacks `_initialize`.",
    },

    main = {
      summary = "C main of a reactor module.",
      detail = [[
Called once as main(0, 0) after `_initialize`, and only when `_initialize`
is exported.  CH calls `__main_void` instead when that is exported and main
is not.]],
      params = {
        argc = "Always 0.",
        argv = "Always 0.",
      },
      result = "Ignored.",
      order = "Directly after `_initialize`.",
    },

    proxy_on_memory_allocate = {
      summary = "Allocates guest memory for a result the host hands over.",
      detail = [[
The host calls the allocator whenever it copies variable-size data to the
guest (`ptr<ptr<char8>>` out-parameters).  The guest owns the block.  Hosts
take `malloc` first when both are exported (erratum E7).  While the
allocator runs CH allows only `proxy_log`, `fd_write`, `clock_time_get` and
`poll_oneoff`.]],
      params = { size = "Bytes needed; never 0 (empty results are not "
        .. "allocated)." },
      result = "Address of at least `size` bytes, or 0 when the guest is "
        .. "out of memory (the host call then fails).",
      hosts = {
        { topic = "lookup",
          ch = "Used only when `malloc` is not exported; a module with "
            .. "neither fails to load (\"missing malloc\").",
          ngx = "Used only when `malloc` is not exported; a module with "
            .. "neither is refused." },
      },
    },

    malloc = {
      summary = "The C allocator, used by hosts as the guest allocator.",
      detail = [[
The official documents call this export deprecated and secondary; CH and
NGX look it up first (erratum E7).  The Rust SDK exports its allocator
under this name on wasm32-unknown-unknown and as
`proxy_on_memory_allocate` otherwise.]],
      params = { size = "Bytes needed." },
      result = "Address of at least `size` bytes, or 0 on failure.",
      hosts = {
        { topic = "lookup",
          ch = "Preferred over `proxy_on_memory_allocate`.",
          ngx = "Preferred over `proxy_on_memory_allocate`." },
      },
    },

    ------------------------------------------------------------------------
    -- Host functions new or changed in 0.1.0
    ------------------------------------------------------------------------

    proxy_continue_request = {
      summary = "Resumes a paused HTTP request.",
      detail = [[
Undoes a stop returned by a request-side callback.  The resume happens when
the current callback returns; the request header and trailer maps are gone
afterwards.  The document gives this function no result; every host returns
a status (erratum E6).  Replaced by `proxy_continue_stream` in 0.2.0.]],
      callable = "http",
      params = {},
      result = "`ok`.",
      status = { ok = "The resume is scheduled, or there was nothing to "
        .. "resume." },
      hosts = {
        { topic = "timing",
          ch = "Deferred to the end of the callback; registered for 0.1.0 "
            .. "modules only.",
          ngx = "Resumes at once." },
      },
    },

    proxy_continue_response = {
      summary = "Resumes a paused HTTP response.",
      detail = [[
Undoes a stop returned by a response-side callback, when the current
callback returns.  No result in the document, a status in every host
(erratum E6).  Replaced by `proxy_continue_stream` in 0.2.0.]],
      callable = "http",
      params = {},
      result = "`ok`.",
      status = { ok = "The resume is scheduled, or there was nothing to "
        .. "resume." },
      hosts = {
        { topic = "support",
          ch = "Deferred to the end of the callback; 0.1.0 modules only.",
          ngx = "Not implemented: a call traps." },
      },
    },

    proxy_clear_route_cache = {
      summary = "Drops the cached route so the host routes the request "
        .. "again.",
      detail = [[
For use after changing request headers that routing reads.  No result in
the document, a status in every host (erratum E6).  Removed in 0.2.0.]],
      callable = "http",
      params = {},
      result = "`ok`.",
      status = { ok = "The route will be recomputed (or none was cached)." },
      hosts = {
        { topic = "support",
          ch = "Registered for 0.1.0 modules only.",
          ngx = "Not implemented: a call traps." },
      },
    },

    proxy_get_current_time_nanoseconds = {
      summary = "Returns the current wall-clock time.",
      detail = [[
Nanoseconds since the Unix epoch, possibly coarse or frozen for the
duration of a callback.  The official documents keep it but call it
deprecated in favour of WASI `clock_time_get` (realtime clock).]],
      callable = "any",
      params = {
        time = "Receives the time as a u64 (8 bytes).",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The time was written.",
        invalid_memory_access = "`time` is not inside guest memory.",
      },
      hosts = {
        { topic = "source",
          ch = "Envoy reads the dispatcher's time source.",
          ngx = "Wall time; the out-pointer's alignment is not checked." },
      },
    },

    proxy_set_buffer_bytes = {
      summary = "Replaces a range of a buffer with new bytes.",
      detail = [[
(start 0, length 0) prepends; a start at or past the end appends (the
largest u32 is allowed); anything else replaces `length` bytes at `start`.
Buffers that belong to callouts or configuration cannot be changed.]],
      callable = "in the callback that owns the buffer",
      params = {
        buffer_type = "Buffer to change.",
        start = "Offset of the replaced range.",
        length = "Length of the replaced range.",
        value = "New bytes.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The buffer was changed.",
        bad_argument = "Unknown buffer type, a read-only buffer, or a "
          .. "splice the host does not support.",
        not_found = "The buffer does not exist in this callback.",
        invalid_memory_access = "`value` lies outside guest memory.",
      },
      hosts = {
        { topic = "splices",
          ch = "Envoy supports prepend, replace-all and append only; other "
            .. "ranges are `bad_argument` (erratum E17).",
          ngx = [[Request body only in the request-headers or request-body
step, response body only in the response-body step (otherwise a trap); a
zero length at a non-zero start counts as the value's length.]] },
      },
    },

    proxy_grpc_call = {
      summary = "Starts a unary gRPC call that carries initial metadata.",
      detail = [[
The call belongs to the caller's root context.  Compared with v1alpha the
client's initial metadata is an argument (pairs-encoded) rather than a
callback.  The answer arrives as one `proxy_on_grpc_receive`; a failure as
one `proxy_on_grpc_close`.  The token is written only on `ok`.]],
      callable = "any",
      params = {
        service = "Upstream: a cluster name or a serialized service "
          .. "description.",
        service_name = "Fully-qualified gRPC service name.",
        method_name = "Method within the service.",
        initial_metadata = "Client initial metadata, `pairs`-encoded; may "
          .. "be empty.",
        request = "Serialized request message.",
        timeout_ms = "Deadline in milliseconds.",
        token = "Receives the call's token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The call started and `token` was written.",
        parse_failure = "`service` is neither a known cluster nor a valid "
          .. "service description.",
        bad_argument = "The host could not make a client for the service.",
        internal_failure = "The host could not send the request.",
        invalid_memory_access = "An argument lies outside guest memory.",
      },
      hosts = {
        { topic = "support",
          ch = "Implemented; 12 core parameters.",
          ngx = "Not implemented: a call traps." },
      },
    },

    proxy_grpc_stream = {
      summary = "Opens a bidirectional gRPC stream that carries initial "
        .. "metadata.",
      detail = [[
The stream belongs to the caller's root context; messages go out with
`proxy_grpc_send`.  The host then reports initial metadata, each message,
trailing metadata and the close, in that order.  The token is written only
on `ok`.]],
      callable = "any",
      params = {
        service = "Upstream: a cluster name or a serialized service "
          .. "description.",
        service_name = "Fully-qualified gRPC service name.",
        method_name = "Method within the service.",
        initial_metadata = "Client initial metadata, `pairs`-encoded; may "
          .. "be empty.",
        token = "Receives the stream's token.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The stream is open and `token` was written.",
        parse_failure = "`service` is neither a known cluster nor a valid "
          .. "service description.",
        bad_argument = "The host could not make a client for the service.",
        internal_failure = "The host could not open the stream.",
        invalid_memory_access = "An argument lies outside guest memory.",
      },
      hosts = {
        { topic = "support",
          ch = "Implemented; 9 core parameters.",
          ngx = "Not implemented: a call traps." },
      },
    },

    proxy_call_foreign_function = {
      summary = "Calls a host extension function by name.",
      detail = [[
The set of functions and the format of their arguments and results belong
to the host, not to the ABI.  A function may hand back result bytes, which
the host places in guest memory from the allocator.  (0.2.0 adds a callback
through which a host function can call back into the plugin.)]],
      callable = "any",
      params = {
        function_name = "Name under which the host registered the function.",
        arguments = "Argument bytes in the function's own format.",
        results = "Receives the address of the result bytes (0 when there "
          .. "are none).",
        results_len = "Receives the result length.",
      },
      result = "`ok`, `not_found`, or the function's own status.",
      status = {
        ok = "The function ran.",
        not_found = "No function has this name.",
        invalid_memory_access = "An argument lies outside guest memory, or "
          .. "the allocator failed.",
      },
      hosts = {
        { topic = "functions",
          ch = [[Envoy offers compress, uncompress, set_envoy_filter_state,
declare_property, optionally expr_create/expr_evaluate/expr_delete, and
since 2024 clear_route_cache.  A null result pointer discards the result.]],
          ngx = "Only `resolve_lua` (which may finish later through a 0.2.x "
            .. "callback); an unknown name traps." },
      },
    },

    proxy_get_header_map_value = {
      summary = "Returns the value of one header or metadata entry.",
      detail = [[
In 0.1.0 a key that is not in the map is not an error: the call returns
`ok` with an empty value.  From 0.2.0 it returns `not_found`.  When a key
repeats, Envoy returns the first value only.]],
      callable = "any",
      params = {
        headers_type = "Map to read (0..7 in 0.1.0 numbering).",
        key = "Entry name.",
        value = "Receives the guest address of a copy of the value.",
        value_len = "Receives the value length.",
      },
      result = "`ok`, or the failure listed under `status`.",
      status = {
        ok = "The value was copied; a missing key gives an empty value "
          .. "(address 0, length 0).",
        bad_argument = "`headers_type` is out of range, or the map is not "
          .. "available in this callback.",
        invalid_memory_access = "`key` or an out-pointer lies outside guest "
          .. "memory, or the allocator failed.",
      },
      hosts = {
        { topic = "missing key",
          ch = "`ok` with an empty value for 0.1.0 modules.",
          ngx = "`ok` with length 0 written and the value pointer left "
            .. "unwritten." },
      },
    },

    ------------------------------------------------------------------------
    -- v1alpha entries restated with 0.1.0 names and map numbers (0..7)
    ------------------------------------------------------------------------

    proxy_add_header_map_value = {
      summary = "Appends one entry to a header map.",
      detail = [[
Existing entries with the same key are kept, so the key may then repeat.
Only the maps of the current HTTP phase are writable (request or response
headers and trailers).]],
      callable = "any",
      params = {
        headers_type = "Map to change, a `headers_type` value (0..7).",
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
        { topic = "phase",
          ch = "Envoy lower-cases the key; outside the phase: "
            .. "`bad_argument`.",
          ngx = "Allowed only before the response starts; otherwise the "
            .. "call traps." },
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
        headers_type = "Map to read, a `headers_type` value (0..7).",
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
        headers_type = "Map to replace, a `headers_type` value (0..7).",
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
        headers_type = "Map to change, a `headers_type` value (0..7).",
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
        headers_type = "Map to change, a `headers_type` value (0..7).",
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
        headers_type = "Map to measure, a `headers_type` value (0..7).",
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
  },

  --------------------------------------------------------------------------
  -- WASI preview 1 (abi.wasi)
  --------------------------------------------------------------------------
  wasi = {
    fd_write = {
      summary = "Writes to standard output or error, which hosts turn into "
        .. "log lines.",
      detail = [[
The pieces are joined; fd 1 logs at info, fd 2 at error, and one trailing
newline is dropped.  Every other descriptor is `badf`.]],
      params = {
        fd = "1 (stdout) or 2 (stderr).",
        iovs = "List of (address, length) pieces.",
        nwritten = "Receives the total bytes taken.",
      },
      result = "A WASI errno.",
      status = {
        success = "The text was logged.",
        badf = "`fd` is neither 1 nor 2.",
        fault = "The list, a piece or `nwritten` lies outside guest memory.",
      },
    },
    clock_time_get = {
      summary = "Reads the realtime or monotonic clock.",
      detail = "The preferred clock since 0.1.0; "
        .. "`proxy_get_current_time_nanoseconds` is kept but deprecated.  "
        .. "Both clocks read the host clock that call reads; hosts may "
        .. "return a time frozen for the callback.",
      params = {
        id = "0 realtime, 1 monotonic.",
        precision = "Ignored.",
        time = "Receives nanoseconds.",
      },
      result = "A WASI errno.",
      status = {
        success = "The time was written.",
        notsup = "Any clock other than realtime and monotonic.",
        fault = "`time` lies outside guest memory.",
      },
    },
    random_get = {
      summary = "Fills a guest buffer with random bytes.",
      detail = [[
Real hosts use the system's generator.  The reference host is
deterministic: its bytes come from a generator seeded with a documented
constant at start, so two runs of one module see the same bytes.]],
      params = { buf = "Buffer to fill; length 0 is allowed." },
      result = "A WASI errno.",
      status = {
        success = "The buffer was filled.",
        inval = "More than 64 KiB was asked for.",
        fault = "The buffer lies outside guest memory.",
      },
    },
    environ_sizes_get = {
      summary = "Reports an empty environment.",
      detail = "Hosts expose no environment variables: both counts are 0.",
      params = {
        count = "Receives 0.",
        buf_size = "Receives 0.",
      },
      result = "A WASI errno.",
      status = {
        success = "Both values were written.",
        fault = "An out-pointer lies outside guest memory.",
      },
    },
    environ_get = {
      summary = "Copies the (empty) environment.",
      detail = "With zero sizes there is nothing to write.",
      params = {
        environ = "Receives the string addresses (none).",
        environ_buf = "Receives the strings (none).",
      },
      result = "A WASI errno.",
      status = {
        success = "Nothing to copy.",
        fault = "An address lies outside guest memory.",
      },
    },
    args_sizes_get = {
      summary = "Reports an empty command line.",
      detail = "Hosts write 0 and 0, so that `args_get` need not be called.",
      params = {
        argc = "Receives 0.",
        argv_buf_size = "Receives 0.",
      },
      result = "A WASI errno.",
      status = {
        success = "Both values were written.",
        fault = "An out-pointer lies outside guest memory.",
      },
    },
    args_get = {
      summary = "Copies the (empty) command line.",
      params = {
        argv = "Receives the string addresses (none).",
        argv_buf = "Receives the strings (none).",
      },
      result = "A WASI errno.",
      status = {
        success = "Nothing to copy.",
        fault = "An address lies outside guest memory.",
      },
    },
    proc_exit = {
      summary = "The guest asks to end; not expected from a plugin.",
      detail = [[
The official documents say it is never called.  CH logs an error when it
is.  It never returns: the call ends in a trap that names the exit status
(`proc_exit: does not return (rval=N)`), reported like any other trap.]],
      params = { rval = "Exit status, named in the trap." },
    },
    fd_close = {
      summary = "A stub: no descriptor can be closed.",
      detail = "Standard output and error belong to the host; there are no "
        .. "other descriptors.",
      params = { fd = "Any descriptor." },
      result = "A WASI errno.",
      status = { notsup = "Always." },
    },
    fd_seek = {
      summary = "A stub: standard output and error cannot seek.",
      params = {
        fd = "Any descriptor.",
        offset = "Ignored.",
        whence = "Ignored.",
        newoffset = "Not written.",
      },
      result = "A WASI errno.",
      status = {
        notsup = "Always, once the arguments are valid.",
        fault = "`newoffset` lies outside guest memory.",
      },
    },
    fd_fdstat_get = {
      summary = "Describes standard output and error as write-only "
        .. "character devices.",
      detail = [[
For fd 1 and 2 the 24-byte fdstat is: filetype 2 (character_device),
flags 0, rights_base 64 (fd_write), rights_inheriting 0.  libc calls it
to decide whether a stream is a terminal.]],
      params = {
        fd = "1 or 2.",
        stat = "Receives the fdstat.",
      },
      result = "A WASI errno.",
      status = {
        success = "The fdstat was written.",
        badf = "`fd` is neither 1 nor 2.",
        fault = "`stat` lies outside guest memory.",
      },
    },
    fd_prestat_get = {
      summary = "There are no pre-opened directories.",
      detail = "wasi-libc asks about fd 3, 4, ... until `badf`; it gets "
        .. "`badf` at once.",
      params = {
        fd = "Any descriptor.",
        buf = "Not written.",
      },
      result = "A WASI errno.",
      status = {
        badf = "Always, once the arguments are valid.",
        fault = "`buf` lies outside guest memory.",
      },
    },
    fd_prestat_dir_name = {
      summary = "A stub: there are no pre-opened directories to name.",
      params = {
        fd = "Any descriptor.",
        path = "Not written.",
      },
      result = "A WASI errno.",
      status = {
        nosys = "Always, once the arguments are valid.",
        fault = "`path` lies outside guest memory.",
      },
    },
    sched_yield = {
      summary = "Returns at once.",
      params = {},
      result = "A WASI errno.",
      status = { success = "Always." },
    },
    poll_oneoff = {
      summary = "Reports no events at once (Go's runtime needs the call).",
      params = {
        subscriptions = "Not read.",
        events = "Not written.",
        nsubscriptions = "Ignored.",
        nevents = "Receives 0.",
      },
      result = "A WASI errno.",
      status = {
        success = "No events.",
        fault = "`events` or `nevents` lies outside guest memory.",
      },
    },
  },
}
