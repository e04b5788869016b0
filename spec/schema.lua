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
-- Versions that differ little may `extends = "<version>"`: the base is loaded
-- first, then `remove` and `rename` apply, then the types, modules and
-- functions given here replace items of the same name or are appended.
return {
  abi = {
    version = "ident!", title = "text!", c_prefix = "ident!",
    marker = "ident?",
    extends = "ident?", source = "text?", provenance = "table?",
    types = "list:type?", modules = "list:module?", errata = "list:erratum?",
    remove = "strings?", rename = "map:text?",
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
    functions = "list:func!",
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
    id = "errid!", kind = "one:toc|module|names|type|value!",
    summary = "text!", detail = "text!", resolution = "text!",
    toc_omits = "strings?",
  },
  semantics = { functions = "map:fsem!" },
  fsem = {
    summary = "text!", detail = "text?", callable = "text?",
    params = "map:text!", result = "text?", status = "map:text?",
    order = "text?", hosts = "list:hostnote?",
  },
  hostnote = { topic = "text!", ch = "text!", ngx = "text!" },
}
