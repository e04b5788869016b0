;; headers/get_pairs_bad_pointers: proxy_get_header_map_pairs of a non-empty
;; map with a bad `buf` out-pointer, then a bad `buf_len` out-pointer (the
;; other valid), each as 65536 (out of bounds), 0xFFFFFFFC (the 4-byte
;; write wraps past 2^32) and 65534 (it crosses the end of memory).
(module
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
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
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 65536) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const -4) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 65534) (i32.const 516)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 65536)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const -4)))
    (drop (call $pairs (i32.const {{map request_headers}}) (i32.const 512) (i32.const 65534)))
    (i32.const 0)))
