;; headers/headers_type_out_of_range: every header-map function called with
;; headers_type one past the last (http_call_response_trailers + 1: 9 in
;; v1alpha; 8 from 0.1.0, where grpc_create_initial_metadata is gone and
;; the numbers after it moved down, so v1alpha's 8 is no map there) and
;; 0xFFFFFFFF, from on_request_headers, every other argument valid.
(module
  (import "env" "proxy_add_header_map_value"
    (func $add (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_value"
    (func $get (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_header_map_pairs"
    (func $pairs (param i32 i32 i32) (result i32)))
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
  (data (i32.const 16) ":path")
  (data (i32.const 32) "/x")
  (data (i32.const 48) "\00\00\00\00")   ;; pairs: count 0
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $n)))
    (local.get $p))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func $all (param $t i32)
    (drop (call $add (local.get $t) (i32.const 16) (i32.const 5) (i32.const 32) (i32.const 2)))
    (drop (call $get (local.get $t) (i32.const 16) (i32.const 5) (i32.const 512) (i32.const 516)))
    (drop (call $pairs (local.get $t) (i32.const 512) (i32.const 516)))
    (drop (call $set (local.get $t) (i32.const 48) (i32.const 4)))
    (drop (call $replace (local.get $t) (i32.const 16) (i32.const 5) (i32.const 32) (i32.const 2)))
    (drop (call $remove (local.get $t) (i32.const 16) (i32.const 5)))
    (drop (call $size (local.get $t) (i32.const 512))))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (call $all (i32.add (i32.const {{map http_call_response_trailers}}) (i32.const 1)))
    (call $all (i32.const -1))
    (i32.const 0)))
