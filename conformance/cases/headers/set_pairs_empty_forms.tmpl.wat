;; headers/set_pairs_empty_forms: the two short spellings of the empty map
;; accepted by proxy_set_header_map_pairs: length 0, and the single 0x00
;; byte that spec 0.2.1 allows.  Each clears the map it is given.
(module
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "\00")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 0) (i32.const 0)))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set (i32.const {{map response_headers}}) (i32.const 16) (i32.const 1)))
    (i32.const 0)))
