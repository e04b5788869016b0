;; headers/add_bad_pointers: proxy_add_header_map_value with a bad key, then
;; a bad value (the other one valid), each in three forms: out of bounds
;; (65536, 1), ptr + len wrapping past 2^32 (0xFFFFFFF0, 32), and a length
;; past the end of the 1-page memory (16, 65521).  The map is unchanged.
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
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
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 65536) (i32.const 1) (i32.const 32) (i32.const 1)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const -16) (i32.const 32) (i32.const 32) (i32.const 1)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 65521) (i32.const 32) (i32.const 1)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 65536) (i32.const 1)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const -16) (i32.const 32)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 65505)))
    (i32.const 0)))
