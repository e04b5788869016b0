;; headers/trailers_added_at_body_end: a body callback may create the
;; trailers of its direction once end_of_stream is set.  Each body callback
;; adds x-t: 1 to its trailers (request: type 1, response: type 3) and
;; reads it back: refused on a chunk without end_of_stream, accepted on the
;; last one.
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-t")
  (data (i32.const 32) "1")
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func $trailer (param $t i32)
    (drop (call $add (local.get $t) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 1)))
    (drop (call $get (local.get $t) (i32.const 16) (i32.const 3) (i32.const 512) (i32.const 516))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_body") (param i32 i32 i32) (result i32)
    (call $trailer (i32.const {{map request_trailers}}))
    (i32.const 0))
  (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32)
    (call $trailer (i32.const {{map response_trailers}}))
    (i32.const 0)))
