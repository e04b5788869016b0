-- The spec format.  Data only: gen/pwabi/load.lua checks every spec file
-- against these shapes and reports `file: item: problem`.
--
-- A version lives in spec/<version>/:
--   abi.lua        the ABI (record `abi` below)
--   semantics.lua  pwabi's own words for each function (record `semantics`)
--   source.md      the document the transcription was made from, if any
--
-- Field notation: "T!" required, "T?" optional.  T is one of
--   ident     [a-z_][a-z0-9_]*
--   errid     an erratum id: E<n>
--   text      non-empty string
--   int       integer (0 .. 2^32-1 for enum values)
--   strings   list of non-empty strings
--   table     any table (free-form provenance)
--   list:R    list of records of shape R
--   map:R     table keyed by name, values of shape R
--   map:text  table keyed by name, values are text
--   one:a|b   one of the listed words
--   R         one record of shape R (a name below, e.g. `wasi`)
--
-- Type expressions (`type` fields of params and results):
--   u8 u16 u32 u64 s32 s64 char8   builtin scalars
--   string                         bytes passed in as (ptr, len); no NUL
--   ptr<T>                         an out-pointer the host writes T through
--   <name>                         a type declared in `types`
-- A `ptr<ptr<char8>>` out-parameter names its length out-parameter in `len`;
-- the pair lowers to two i32 pointers and returns bytes the host places in
-- a buffer obtained from the guest's allocator.
--
-- WASI-only type expressions (allowed in `wasi.functions`, nowhere else):
--   iovecs      (ptr, count) of a list of WASI ciovecs the host reads; each
--               ciovec is 8 bytes: u32 address, u32 length.  Two i32.
--   bytes_out   (ptr, len) of guest memory the host fills.  Two i32.
--   array<T>    the address of a guest array of T the host fills; its length
--               comes from an earlier call (e.g. environ_sizes_get).  One i32.
-- A WASI function's `ptr<T>`, `array<T>` and `bytes_out` parameters are
-- dir = "out"; its result, if any, is the WASI `errno` type.  WASI types
-- live in `wasi.types`, a namespace of their own (with the builtins).
--
-- Versions that differ little may `extends = "<version>"`: the base is loaded
-- first, then `remove` and `rename` apply, then the types, modules and
-- functions given here replace items of the same name or are appended.
-- `remove` names functions, types or errata (by id).  A module given again
-- merges its functions into the base's and replaces its other fields (doc,
-- wasm_module, ...).  Every other field is inherited, except `marker`,
-- `source`, `provenance` and `not_found_ok`, which belong to one version
-- only.
--
-- Fields added for the versioned ABIs (0.1.0 and later):
--   abi.marker      the no-argument export that declares the version
--                   (proxy_abi_version_X_Y_Z); the loader requires a guest
--                   function of that name with the core signature ()->().
--   abi.allocators  the allocator exports, in the order real hosts look them
--                   up; each must be a guest function with core signature
--                   (i32)->i32.
--   abi.not_found_ok  host functions whose not_found this version's guests
--                   see as ok with empty out-bytes (0.1.0's rule for a
--                   missing header); the version's glue applies it, so the
--                   host answers not_found in every version.
--   abi.wasi        WASI preview 1 as real hosts serve it: the import
--                   module, its aliases (every function is imported under
--                   the module and each alias), its own types and functions
--                   (the documents' eight and the stubs real filters import),
--                   each with semantics in semantics.lua's `wasi` map (status
--                   words are `errno` variants).  Lowered and glued like the
--                   ABI's own imports; their status type is errno, and a
--                   function without a result does not return: its glue
--                   calls the op, then traps.
--   wasi.failures   the errno the glue answers for a refused argument:
--                   `memory` (outside guest memory), `argument` (no
--                   variant), `unimplemented` (no op; it traps too).
--   wasi.extras     not WASI: functions C/C++ toolchains import from `env`
--                   besides the ABI (builtin types only); glued as plain
--                   calls (op env_<name>): a result passes as is, none
--                   returns normally.
--   module.guest_header  "declare" (default): the guest header declares each
--                   export for the plugin to define; "list": it only lists
--                   them in a comment, because the toolchain or libc provides
--                   them (_start, main, malloc, ...).
--   erratum.kind    toc, module, names, type, value (the seed's), and
--                   signature (a function's shape), values (an enum's values),
--                   precedence (which of two things wins), divergence (the
--                   document and real hosts behave differently), omission
--                   (hosts and SDKs use something the document leaves out).
return {
  abi = {
    version = "ident!", title = "text!", c_prefix = "ident!",
    marker = "ident?",
    extends = "ident?", source = "text?", provenance = "table?",
    types = "list:type?", modules = "list:module?", errata = "list:erratum?",
    remove = "strings?", rename = "map:text?",
    allocators = "strings?", wasi = "wasi?", not_found_ok = "strings?",
  },
  wasi = {
    module = "ident!", aliases = "strings?", doc = "text!", erratum = "errid?",
    types = "list:type?", functions = "list:func!",
    failures = "map:text?", extras = "list:func?",
  },
  type = {
    name = "ident!", kind = "one:enum|flags|builtin|handle!",
    repr = "one:u8|u16|u32|u64|s32|s64?", doc = "text!",
    variants = "list:variant?", flags = "list:variant?", erratum = "errid?",
  },
  variant = { name = "ident!", doc = "text!", value = "int?",
    erratum = "errid?" },
  module = {
    name = "ident!", side = "one:host|guest!", doc = "text!",
    wasm_module = "ident?", imports = "list:import?", erratum = "errid?",
    guest_header = "one:declare|list?", functions = "list:func!",
  },
  import = { name = "ident!", kind = "text!" },
  func = {
    name = "ident!", group = "text?", c_signature = "text?",
    c_notes = "text?", returns = "strings?", doc = "text!",
    params = "list:param!", results = "list:param!", erratum = "errid?",
  },
  param = {
    name = "ident!", type = "text!", doc = "text!", dir = "one:in|out?",
    len = "ident?", encoding = "one:pairs|path?", erratum = "errid?",
  },
  erratum = {
    id = "errid!",
    kind = "one:toc|module|names|type|value|signature|values|precedence|"
      .. "divergence|omission!",
    summary = "text!", detail = "text!", resolution = "text!",
    toc_omits = "strings?",
  },
  semantics = { functions = "map:fsem!", wasi = "map:fsem?" },
  fsem = {
    summary = "text!", detail = "text?", callable = "text?",
    params = "map:text!", result = "text?", status = "map:text?",
    order = "text?", hosts = "list:hostnote?",
  },
  hostnote = { topic = "text!", ch = "text!", ngx = "text!" },
}
