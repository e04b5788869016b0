;; headers/maps_not_in_phase: maps of another phase are not available.
;; In on_request_headers, for every headers_type from 1 to the last (8 in
;; v1alpha, 7 from 0.1.0: request trailers not yet
;; received, the response maps, the gRPC and HTTP-call maps outside their
;; callbacks): add, get value and get size are bad_argument.  In
;; on_response_headers the request headers can no longer be changed: add,
;; replace, remove and set pairs on them are bad_argument.
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_header_map_pairs"
    (func $set (param i32 i32 i32) (result i32)))
  (import "env" "proxy_replace_header_map_value"
    (func $replace (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_remove_header_map_value"
    (func $remove (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_size"
    (func $size (param i32 i32) (result i32)))
  {{marker}}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "x-a")
  (data (i32.const 32) "1")
  (data (i32.const 48) "\01\00\00\00\03\00\00\00\01\00\00\00x-a\001\00")  ;; {x-a: 1}
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (local $t i32)
    (local.set $t (i32.const {{map request_trailers}}))
    (loop $next
      (drop (call $add (local.get $t) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 1)))
      (drop (call $get (local.get $t) (i32.const 16) (i32.const 3) (i32.const 512) (i32.const 516)))
      (drop (call $size (local.get $t) (i32.const 512)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br_if $next (i32.le_u (local.get $t) (i32.const {{map http_call_response_trailers}}))))
    (i32.const 0))
  (func (export "proxy_on_response_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $add (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 1)))
    (drop (call $replace (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3) (i32.const 32) (i32.const 1)))
    (drop (call $remove (i32.const {{map request_headers}}) (i32.const 16) (i32.const 3)))
    (drop (call $set (i32.const {{map request_headers}}) (i32.const 48) (i32.const 18)))
    (i32.const 0)))
