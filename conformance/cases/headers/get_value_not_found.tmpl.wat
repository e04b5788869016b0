;; headers/get_value_not_found: proxy_get_header_map_value for a key the
;; map does not hold is not_found and writes nothing: a missing key, a key
;; differing only by a trailing byte, the empty key, and any key of an
;; empty map (response trailers delivered with no entries).  In 0.1.0 the
;; same calls are ok and empty (the case's expect.by_abi).
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-missing")   ;; 9
  (data (i32.const 32) "x-a\00")      ;; 4: "x-a" plus a NUL
  {{marker}}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}}
    (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 9) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 32) (i32.const 4) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 0) (i32.const 0) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}}
    (result i32) (i32.const 0))
  (func (export "proxy_on_response_trailers") (param i32 i32)
    (result i32)
    (drop (call $get (i32.const {{map response_trailers}}) (i32.const 16) (i32.const 9) (i32.const 512) (i32.const 516)))
    (i32.const 0)))
