;; headers/size_bad_pointers: proxy_get_header_map_size with a bad `len`
;; out-pointer in three forms: out of bounds (65536), a 4-byte write
;; wrapping past 2^32 (0xFFFFFFFC), and a write crossing the end of the
;; 1-page memory (65534).
(module
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-a")
  (data (i32.const 32) "1")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $size (i32.const {{map request_headers}}) (i32.const 65536)))
    (drop (call $size (i32.const {{map request_headers}}) (i32.const -4)))
    (drop (call $size (i32.const {{map request_headers}}) (i32.const 65534)))
    (i32.const 0)))
