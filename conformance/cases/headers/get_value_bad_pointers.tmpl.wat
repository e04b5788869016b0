;; headers/get_value_bad_pointers: proxy_get_header_map_value of an existing
;; key with a bad key, a bad `value` out-pointer, then a bad `value_len`
;; out-pointer (the rest valid).  Key: out of bounds (65536, 1), wrapping
;; (0xFFFFFFF0, 32), past the end (16, 65521).  Out-pointers: 65536,
;; 0xFFFFFFFC (the 4-byte write wraps), 65534 (it crosses the end).
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
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
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 65536) (i32.const 1) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const -16) (i32.const 32) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 65521) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 65536) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const -4) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 65534) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 512) (i32.const 65536)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 512) (i32.const -4)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 512) (i32.const 65534)))
    (i32.const 0)))
