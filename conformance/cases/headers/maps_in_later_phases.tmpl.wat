;; headers/maps_in_later_phases: what is left of the stream's maps later
;; on.  In on_response_headers the request headers are read (get value).
;; In on_log, after the stream ended, the request and response headers
;; are read (get value) and changed (add), and the request trailers, which
;; are gone, are read.
(module
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) ":path")     ;; 5
  (data (i32.const 32) ":status")   ;; 7
  (data (i32.const 48) "t")         ;; 1
  (data (i32.const 64) "x")         ;; 1
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32) (i32.const 0))
  (func (export "proxy_on_request_trailers") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (i32.const 0))
  (func (export "proxy_on_log") (param i32)
    (drop (call $get (i32.const {{map request_headers}}) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $get (i32.const {{map response_headers}}) (i32.const 32) (i32.const 7) (i32.const 512) (i32.const 516)))
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 64) (i32.const 1) (i32.const 64) (i32.const 1)))
    (drop (call $add (i32.const {{map response_headers}}) (i32.const 64) (i32.const 1) (i32.const 64) (i32.const 1)))
    (drop (call $get (i32.const {{map request_trailers}}) (i32.const 48) (i32.const 1) (i32.const 512) (i32.const 516)))))
